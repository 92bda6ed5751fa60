package app.fairpass.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;

import app.fairpass.KaribuTest;
import app.fairpass.admin.fair.ui.FairsView;
import app.fairpass.booth.ui.BoothView;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.security.ui.SignInView;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The server's bare address takes each role to its own start page. */
@SpringBootTest
@ActiveProfiles("test")
class HomeViewTest extends KaribuTest {

    @Test
    void eachRoleLandsOnItsOwnPage() {
        UI.getCurrent().navigate("");
        _assertOne(SignInView.class);

        signIn(organiser());
        UI.getCurrent().navigate("");
        _assertOne(FairsView.class);

        signIn(new FairPassUser(-1, "staff", "展位", "", "EMPLOYER", -1L, true));
        UI.getCurrent().navigate("");
        _assertOne(BoothView.class);
    }
}
