package app.fairpass.organiser;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.KaribuTest;
import app.fairpass.admin.audit.ui.AuditView;
import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.NewAccount;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The audit log as an organiser reads it: actions in the screen's language, sign-ins by whoever signed in. */
@SpringBootTest
@ActiveProfiles("test")
class AuditViewTest extends KaribuTest {
    @Autowired
    AccountService accounts;
    final String staff = "audit-view-" + UUID.randomUUID().toString().substring(0, 8);

    /** A new account signs in, then someone tries a name that is no account's (as the sign-in page reports it). */
    @BeforeEach
    void aSignInAndARefusedOne() {
        signIn(organiser());
        accounts.createOrganiser(new NewAccount(staff, "审计查看", "organiser-password-1"));
        accounts.recordSignIn(staff);
        accounts.recordRefusedSignIn("no-such-account-" + UUID.randomUUID(), false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh, 登录失败（密码错误）, （不存在的账号）, 登录, 新建账号",
            "en, Sign-in failed (wrong password), (no such account), Signed in, Account created"})
    void actionsAreLabelledAndSignInsAreByTheirAccount(String language, String failed, String unknown,
            String signedIn, String created) {
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        UI.getCurrent().navigate(AuditView.class);

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("audit"));
        // time, actor, action, target, detail; newest first
        List<String> refused = _getFormattedRow(grid, 0);
        List<String> signIn = _getFormattedRow(grid, 1);
        List<String> creation = _getFormattedRow(grid, 2);
        assertThat(List.of(refused.get(1), refused.get(2))).containsExactly(unknown, failed);
        assertThat(List.of(signIn.get(1), signIn.get(2))).containsExactly(staff, signedIn);
        assertThat(List.of(creation.get(1), creation.get(2))).containsExactly("test-organiser", created);
        ComboBox<?> filter = _get(ComboBox.class, spec -> spec.withId("action"));
        List<String> filterLabels = getSuggestions(filter);
        assertThat(filterLabels).contains(signedIn, failed, created).noneMatch(label -> label.matches("[A-Z_]+"));
    }
}
