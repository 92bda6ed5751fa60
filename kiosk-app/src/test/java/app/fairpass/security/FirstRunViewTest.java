package app.fairpass.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.KaribuTest;
import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.FirstRunToken;
import app.fairpass.security.ui.FirstRunView;
import app.fairpass.security.ui.SignInView;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** A fresh server: the first organiser is created with the console's set-up code, and only once. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:first-run;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
class FirstRunViewTest extends KaribuTest {
    @Autowired
    FirstRunToken token;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aWrongCodeCreatesNothingAndTheRightOneCreatesTheOrganiserOnce() {
        UI.getCurrent().navigate(SignInView.class);
        assertThat(LocatorJ._find(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("first-run"))).hasSize(1);

        UI.getCurrent().navigate(FirstRunView.class);
        fill("00000000", "organiser", "区人社局 张燕", "a-long-password", "a-long-password");
        assertThat(_get(TextField.class, spec -> spec.withId("setup-code")).isInvalid()).isTrue();
        assertThat(accounts.needsFirstOrganiser()).isTrue();

        fill(token.value(), "organiser", "区人社局 张燕", "a-long-password", "a-long-password");
        assertThat(accounts.needsFirstOrganiser()).isFalse();
        LocatorJ._assertOne(SignInView.class);
        assertThat(jdbc.sql("SELECT display_name FROM user_account WHERE username = 'organiser'")
                .query(String.class).single()).isEqualTo("区人社局 张燕");

        UI.getCurrent().navigate(FirstRunView.class);
        LocatorJ._assertOne(SignInView.class);
        LocatorJ._assertNone(FirstRunView.class);
    }

    @Test
    void mismatchedOrShortPasswordsAreExplainedAndSaveNothing() {
        UI.getCurrent().navigate(FirstRunView.class);
        fill(token.value(), "organiser2", "王珺", "short", "short");
        assertThat(_get(PasswordField.class, spec -> spec.withId("password")).isInvalid()).isTrue();
        fill(token.value(), "organiser2", "王珺", "a-long-password", "another-password");
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("repeat"));
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("两次输入的密码不一致");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_account WHERE username = 'organiser2'").query(Long.class)
                .single()).isZero();
    }

    private static void fill(String code, String username, String name, String password, String repeat) {
        _setValue(_get(TextField.class, spec -> spec.withId("setup-code")), code);
        _setValue(_get(TextField.class, spec -> spec.withId("username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("display-name")), name);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat")), repeat);
        _click(_get(Button.class, spec -> spec.withId("create")));
    }
}
