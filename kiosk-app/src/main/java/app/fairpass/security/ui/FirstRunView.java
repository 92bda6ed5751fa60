package app.fairpass.security.ui;

import app.fairpass.admin.ui.TextRules;
import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.AccountService.FirstOrganiserOutcome;
import app.fairpass.core.account.NewAccount;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** First run: the first organiser account, made with the set-up code the server printed on its console. */
@Route("setup")
@AnonymousAllowed
public class FirstRunView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final AccountService accounts;
    private final TextField setupCode = new TextField();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Binder<Form> binder = new Binder<>();

    public FirstRunView(AccountService accounts) {
        this.accounts = accounts;
        setAlignItems(FlexComponent.Alignment.CENTER);
        setupCode.setLabel(getTranslation("setup.code"));
        setupCode.setHelperText(getTranslation("setup.code.help"));
        setupCode.setId("setup-code");
        username.setLabel(getTranslation("setup.username"));
        username.setId("username");
        displayName.setLabel(getTranslation("setup.display-name"));
        displayName.setId("display-name");
        password.setLabel(getTranslation("setup.password"));
        password.setHelperText(getTranslation("setup.password.help", NewAccount.MIN_PASSWORD));
        password.setId("password");
        repeat.setLabel(getTranslation("setup.repeat"));
        repeat.setId("repeat");

        String required = getTranslation("setup.required");
        binder.forField(setupCode).asRequired(required).bind(Form::getSetupCode, Form::setSetupCode);
        binder.forField(username).asRequired(required)
                .withValidator(new RegexpValidator(getTranslation("setup.username.invalid"), "[a-zA-Z0-9._-]{3,60}"))
                .bind(Form::getUsername, Form::setUsername);
        binder.forField(displayName).asRequired(required)
                .withValidator(value -> !value.isBlank(), required)
                .withValidator(TextRules.validator(this, 100))
                .bind(Form::getDisplayName, Form::setDisplayName);
        binder.forField(password).asRequired(required)
                .withValidator(new StringLengthValidator(
                        getTranslation("setup.password.help", NewAccount.MIN_PASSWORD), NewAccount.MIN_PASSWORD, null))
                .withValidator(NewAccount::isAcceptablePassword,
                        getTranslation("common.password.too-long", NewAccount.MAX_PASSWORD_BYTES))
                .bind(Form::getPassword, Form::setPassword);
        binder.forField(repeat).asRequired(required)
                .withValidator(value -> value.equals(password.getValue()), getTranslation("setup.repeat.mismatch"))
                .bind(Form::getRepeat, Form::setRepeat);

        Button create = new Button(getTranslation("setup.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setId("create");
        FormLayout fields = new FormLayout(setupCode, username, displayName, password, repeat);
        fields.setWidth("min(32rem, 100%)");
        add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")), fields, create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!accounts.needsFirstOrganiser()) {
            event.forwardTo(SignInView.class);
        }
    }

    private void create() {
        Form form = new Form();
        try {
            binder.writeBean(form);
        } catch (ValidationException e) {
            return;
        }
        FirstOrganiserOutcome outcome = accounts.createFirstOrganiser(form.getSetupCode(),
                new NewAccount(form.getUsername().strip(), form.getDisplayName(), form.getPassword()));
        switch (outcome) {
            case CREATED -> {
                Notification.show(getTranslation("setup.created")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(SignInView.class));
            }
            case WRONG_SETUP_CODE -> {
                setupCode.setInvalid(true);
                setupCode.setErrorMessage(getTranslation("setup.code.wrong"));
            }
            case ALREADY_SET_UP -> getUI().ifPresent(ui -> ui.navigate(SignInView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " · FairPass";
    }

    /** The form's values; never an entity. */
    static final class Form {
        private String setupCode;
        private String username;
        private String displayName;
        private String password;
        private String repeat;

        String getSetupCode() {
            return setupCode;
        }

        void setSetupCode(String setupCode) {
            this.setupCode = setupCode;
        }

        String getUsername() {
            return username;
        }

        void setUsername(String username) {
            this.username = username;
        }

        String getDisplayName() {
            return displayName;
        }

        void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        String getPassword() {
            return password;
        }

        void setPassword(String password) {
            this.password = password;
        }

        String getRepeat() {
            return repeat;
        }

        void setRepeat(String repeat) {
            this.repeat = repeat;
        }
    }
}
