package app.fairpass.security;

import app.fairpass.core.account.AccountService;
import app.fairpass.core.limits.AttemptLimiter;
import app.fairpass.core.limits.Limit;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in for the screens and the device API, with guessing slowed down: after too many wrong passwords
 * for one account, or from one address, further attempts are refused unchecked until the window has passed. The
 * device API makes its own, with an encoder that remembers recent matches (a booth device signs in on every scan).
 */
@Component
public class PasswordSignIn implements AuthenticationProvider {
    private final DaoAuthenticationProvider passwords;
    private final AccountService accounts;
    private final AttemptLimiter limiter;

    public PasswordSignIn(AccountService accounts, PasswordEncoder encoder, AttemptLimiter limiter) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.accounts = accounts;
        this.limiter = limiter;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String account = attempt.getName() == null ? "" : attempt.getName().strip().toLowerCase(Locale.ROOT);
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
        if (!limiter.allows(Limit.SIGN_IN_PER_ACCOUNT, account) || !limiter.allows(Limit.SIGN_IN_PER_ADDRESS, address)) {
            throw new SignInPausedException();
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            limiter.forgive(Limit.SIGN_IN_PER_ACCOUNT, account);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            boolean paused = limiter.count(Limit.SIGN_IN_PER_ACCOUNT, account)
                    | limiter.count(Limit.SIGN_IN_PER_ADDRESS, address);
            accounts.recordRefusedSignIn(attempt.getName(), paused);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many wrong passwords lately; the sign-in page says to wait instead of "wrong password". */
    static final class SignInPausedException extends AuthenticationException {
        SignInPausedException() {
            super("Too many wrong passwords; sign-in paused");
        }
    }
}
