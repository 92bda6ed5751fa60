package app.fairpass.security;

import app.fairpass.core.account.AccountService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Every successful sign-in goes into the audit log and the account's "last signed in". The event comes before
 * Spring Security keeps the new authentication, so the audit entry names its actor itself.
 */
@Component
class SignInAudit {
    private final AccountService accounts;

    SignInAudit(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSignIn(event.getAuthentication().getName());
    }
}
