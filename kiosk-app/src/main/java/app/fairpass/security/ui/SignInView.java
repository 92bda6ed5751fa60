package app.fairpass.security.ui;

import app.fairpass.core.account.AccountService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in for organisers and booth staff. */
@Route("login")
@AnonymousAllowed
public class SignInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final LoginForm form = new LoginForm();

    public SignInView(AccountService accounts) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        add(new H1(getTranslation("common.app-name")), form);
        if (accounts.needsFirstOrganiser()) {
            Anchor setup = new Anchor("setup", getTranslation("signin.first-run"));
            setup.setId("first-run");
            add(setup);
        }
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("signin.title"));
        texts.setUsername(getTranslation("signin.username"));
        texts.setPassword(getTranslation("signin.password"));
        texts.setSubmit(getTranslation("signin.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("signin.error.title"));
        error.setMessage(getTranslation("signin.error.message"));
        error.setUsername(getTranslation("signin.error.username"));
        error.setPassword(getTranslation("signin.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters().getParameters();
        if (query.containsKey("paused")) {
            LoginI18n texts = i18n();
            texts.getErrorMessage().setTitle(getTranslation("signin.paused.title"));
            texts.getErrorMessage().setMessage(getTranslation("signin.paused.message"));
            form.setI18n(texts);
        }
        form.setError(query.containsKey("error") || query.containsKey("paused"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin.title") + " · FairPass";
    }
}
