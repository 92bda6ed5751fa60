package app.fairpass.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.KaribuTest;
import app.fairpass.Screens;
import app.fairpass.security.ui.PageNotFound;
import app.fairpass.security.ui.PageRefused;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/** A page the visitor may not open, or one that does not exist: a plain page in Chinese, and a log line. */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class RefusedPagesTest extends KaribuTest {

    @ParameterizedTest(name = "kiosk opens /{0}")
    @ValueSource(strings = {"fairs", "seekers", "accounts", "import", "booth", "booth-sign-ins"})
    void aKioskOpeningAnotherRolesPageSeesAPlainRefusalAndItIsLogged(String route, CapturedOutput output) {
        signIn(kiosk());

        UI.getCurrent().navigate(route);

        _assertOne(PageRefused.class);
        String title = _get(H1.class, spec -> spec.withId("page-unavailable")).getText();
        assertThat(title).isEqualTo("这个页面打不开");
        Screens.assertPlainMessage(title);
        assertThat(output.getAll()).contains("page refused (not allowed): /" + route + " for ROLE_KIOSK")
                .doesNotContain("test-kiosk", "1号签到机");
    }

    @Test
    void anUnknownOrTraversingPathSeesThePlainNotFoundPage(CapturedOutput output) {
        signIn(organiser());

        UI.getCurrent().navigate("..%2f..%2fetc%2fpasswd");

        _assertOne(PageNotFound.class);
        assertThat(_get(H1.class, spec -> spec.withId("page-unavailable")).getText()).isEqualTo("这个页面打不开");
        assertThat(output.getAll()).contains("page refused (not found)");
    }
}
