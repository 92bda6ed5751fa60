package app.fairpass.admin.account.ui;

import app.fairpass.admin.ui.FormDialog;
import app.fairpass.admin.ui.Forms;
import app.fairpass.admin.ui.OrganiserLayout;
import app.fairpass.core.account.AccountInfo;
import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.NewAccount;
import app.fairpass.core.account.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The organisers who may sign in to this console; a new colleague gets an account here. */
@Route(value = "accounts", layout = OrganiserLayout.class)
@Menu(order = 10, title = "console.nav.accounts", icon = "vaadin:user-card")
@RolesAllowed(Roles.ORGANISER)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {
    private final AccountService accounts;
    private final Grid<AccountInfo> grid = new Grid<>();

    public AccountsView(AccountService accounts) {
        this.accounts = accounts;
        setSizeFull();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
        grid.setId("accounts");
        grid.addColumn(AccountInfo::username).setHeader(getTranslation("console.account.username"));
        grid.addColumn(AccountInfo::displayName).setHeader(getTranslation("console.account.display-name"));
        grid.addColumn(a -> a.lastSignInAt() == null ? "" : time.format(a.lastSignInAt()))
                .setHeader(getTranslation("console.account.last-sign-in"));
        Button add = new Button(getTranslation("console.account.new"), click -> new AccountForm().open());
        add.setId("new-account");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("console.nav.accounts")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.organisers());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.nav.accounts") + " · FairPass";
    }

    private final class AccountForm extends FormDialog {
        private final Binder<Draft> binder = new Binder<>();
        private final TextField username = new TextField(getTranslation("console.account.username"));

        AccountForm() {
            super("console.account.new");
            username.setId("account-username");
            TextField displayName = new TextField(getTranslation("console.account.display-name"));
            displayName.setId("account-display-name");
            PasswordField password = new PasswordField(getTranslation("console.account.password"));
            password.setId("account-password");
            password.setHelperText(getTranslation("console.account.password-help", NewAccount.MIN_PASSWORD));
            String required = getTranslation("console.required");
            binder.forField(username).asRequired(required)
                    .withValidator(new RegexpValidator(getTranslation("console.account.username-invalid"),
                            "[a-zA-Z0-9._-]{3,60}"))
                    .bind(d -> d.username, (d, v) -> d.username = v);
            requiredText(binder, displayName, 100)
                    .bind(d -> d.displayName, (d, v) -> d.displayName = v);
            binder.forField(password).asRequired(required)
                    .withValidator(new StringLengthValidator(
                            getTranslation("console.account.password-help", NewAccount.MIN_PASSWORD),
                            NewAccount.MIN_PASSWORD, null))
                    .withValidator(NewAccount::isAcceptablePassword,
                            getTranslation("common.password.too-long", NewAccount.MAX_PASSWORD_BYTES))
                    .bind(d -> d.password, (d, v) -> d.password = v);
            binder.readBean(new Draft());
            fields(username, displayName, password);
        }

        @Override
        protected boolean save() {
            Draft draft = new Draft();
            if (!binder.writeBeanIfValid(draft)) {
                return false;
            }
            if (accounts.isUsernameTaken(draft.username)) {
                username.setInvalid(true);
                username.setErrorMessage(getTranslation("console.account.username-taken"));
                return false;
            }
            accounts.createOrganiser(new NewAccount(draft.username, draft.displayName, draft.password));
            Forms.saved(getTranslation("console.account.saved", draft.username));
            refresh();
            return true;
        }
    }

    private static final class Draft {
        String username = "";
        String displayName = "";
        String password = "";
    }
}
