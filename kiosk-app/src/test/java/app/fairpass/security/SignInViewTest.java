package app.fairpass.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import elemental.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The sign-in page tells a wrong password from a paused account. */
@SpringBootTest
@ActiveProfiles("test")
class SignInViewTest extends KaribuTest {

    @Test
    void aWrongPasswordAndAPausedSignInSayDifferentThings() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorTexts(form)).contains("用户名或密码不正确").doesNotContain("登录已暂停");

        UI.getCurrent().navigate("login", QueryParameters.of("paused", ""));
        form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorTexts(form)).contains("密码错误次数太多，登录已暂停", "请稍后再试");
    }

    /** The texts the form's web component shows: its {@code i18n} property, as JSON. */
    private static String errorTexts(LoginForm form) {
        Object i18n = form.getElement().getPropertyRaw("i18n");
        return i18n instanceof JsonValue json ? json.toJson() : String.valueOf(i18n);
    }
}
