package app.fairpass.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.KaribuTest;
import app.fairpass.Screens;
import app.fairpass.security.ui.PageRefused;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/** A page the visitor's role may not open: a plain page in Chinese, and a log line naming the role only. */
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
}
