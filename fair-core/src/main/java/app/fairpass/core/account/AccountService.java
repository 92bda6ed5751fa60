package app.fairpass.core.account;

import app.fairpass.core.audit.AuditAction;
import app.fairpass.core.audit.AuditLog;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Accounts and sign-in. There is no default account: the first organiser is made on first run. */
@Service
@Validated
public class AccountService implements UserDetailsService {
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final FirstRunToken firstRunToken;
    private final AuditLog audit;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, FirstRunToken firstRunToken,
            AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.firstRunToken = firstRunToken;
        this.audit = audit;
        this.clock = clock;
    }

    /** Signing in: nobody is signed in yet. */
    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username).map(UserAccount::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    @PermitAll
    @Transactional(readOnly = true)
    public boolean needsFirstOrganiser() {
        return !accounts.existsByRole(Roles.ORGANISER);
    }

    /**
     * Makes the first organiser account. Allowed once, and only with the set-up code the server printed on its
     * console at start, so that nobody else on the venue network can claim the server first.
     */
    @PermitAll
    @Transactional
    public FirstOrganiserOutcome createFirstOrganiser(String setupCode, @Valid NewAccount account) {
        if (!needsFirstOrganiser()) {
            return FirstOrganiserOutcome.ALREADY_SET_UP;
        }
        if (setupCode == null || !MessageDigest.isEqual(setupCode.strip().getBytes(StandardCharsets.UTF_8),
                firstRunToken.value().getBytes(StandardCharsets.UTF_8))) {
            return FirstOrganiserOutcome.WRONG_SETUP_CODE;
        }
        create(account, Roles.ORGANISER, null);
        return FirstOrganiserOutcome.CREATED;
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public long createOrganiser(@Valid NewAccount account) {
        return create(account, Roles.ORGANISER, null);
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<AccountInfo> organisers() {
        return accounts.findByRoleOrderByUsername(Roles.ORGANISER).stream().map(UserAccount::toInfo).toList();
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public boolean isUsernameTaken(String username) {
        return accounts.existsByUsername(username);
    }

    /** A booth sign-in for one employer's staff; it sees that employer's records only. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public long createEmployerAccount(long employerId, @Valid NewAccount account) {
        return create(account, Roles.EMPLOYER, employerId);
    }

    /** Sets a password, creating the organiser account if it is missing; for the demo mode's printed credentials. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public void ensureOrganiser(String username, String displayName, String password) {
        accounts.findByUsername(username).ifPresentOrElse(
                existing -> existing.changePassword(passwordEncoder.encode(password)),
                () -> create(new NewAccount(username, displayName, password), Roles.ORGANISER, null));
    }

    /** A password sign-in that succeeded, by the account that signed in. */
    @PermitAll
    @Transactional
    public void recordSignIn(String username) {
        Optional<UserAccount> account = accounts.findByUsername(username);
        account.ifPresent(signedIn -> signedIn.signedIn(clock.instant()));
        audit.recordBy(username, AuditAction.SIGN_IN, target(account), null);
    }

    /**
     * A refused password sign-in: {@code SIGN_IN_FAILED}, or {@code SIGN_IN_PAUSED} when it used up a limit. The
     * name tried is kept only if it is an account's: a password typed into the username field stays out of the log.
     */
    @PermitAll
    @Transactional
    public void recordRefusedSignIn(String username, boolean paused) {
        Optional<UserAccount> account = accounts.findByUsername(username);
        audit.recordBy(account.map(UserAccount::getUsername).orElse(AuditLog.UNKNOWN_ACCOUNT),
                paused ? AuditAction.SIGN_IN_PAUSED : AuditAction.SIGN_IN_FAILED, target(account), null);
    }

    private static String target(Optional<UserAccount> account) {
        return account.map(found -> "user:" + found.getId()).orElse("user:?");
    }

    private long create(NewAccount account, String role, Long employerId) {
        long id = accounts.save(new UserAccount(account.username(), account.displayName().strip(),
                passwordEncoder.encode(account.password()), role, employerId, clock.instant())).getId();
        audit.record(AuditAction.ACCOUNT_CREATED, "user:" + id, role);
        return id;
    }

    public enum FirstOrganiserOutcome {
        CREATED, ALREADY_SET_UP, WRONG_SETUP_CODE
    }
}
