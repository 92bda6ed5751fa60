package app.fairpass.core.account;

import app.fairpass.core.audit.AuditAction;
import app.fairpass.core.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booth sign-ins: one account per employer, issued by the organiser with a generated password and handed over
 * on the booth sheet. Several staff may use it at once; issuing again replaces the password, disabling ends it.
 */
@Service
public class BoothSignInService {
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private final UserAccountRepository accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    BoothSignInService(UserAccountRepository accounts, JdbcClient jdbc, PasswordEncoder passwordEncoder,
            AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every booth of the fair with its employer's sign-in, if one was issued. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<BoothSignIn> list(long fairId) {
        return jdbc.sql("""
                SELECT b.id, b.booth_number, e.id AS employer_id, e.name, u.id AS account_id, u.username, u.enabled,
                       u.last_sign_in_at
                FROM booth b JOIN employer e ON e.id = b.employer_id
                LEFT JOIN user_account u ON u.employer_id = e.id AND u.role = 'EMPLOYER'
                WHERE b.fair_id = :fair ORDER BY b.booth_number, u.id
                """).param("fair", fairId)
                .query((rs, row) -> new BoothSignIn(rs.getLong("id"), rs.getString("booth_number"),
                        rs.getLong("employer_id"), rs.getString("name"), (Long) rs.getObject("account_id", Long.class),
                        rs.getString("username"), rs.getBoolean("enabled"),
                        rs.getTimestamp("last_sign_in_at") == null ? null
                                : rs.getTimestamp("last_sign_in_at").toInstant()))
                .list();
    }

    /** A fresh password for the employer's booth sign-in, creating the account the first time. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public IssuedBoothSignIn issue(long boothId) {
        record Booth(String fairName, long employerId, String employerName, String number) {
        }
        Booth booth = jdbc.sql("""
                SELECT f.name AS fair_name, e.id AS employer_id, e.name AS employer_name, b.booth_number
                FROM booth b JOIN fair f ON f.id = b.fair_id JOIN employer e ON e.id = b.employer_id
                WHERE b.id = :booth""").param("booth", boothId)
                .query((rs, row) -> new Booth(rs.getString("fair_name"), rs.getLong("employer_id"),
                        rs.getString("employer_name"), rs.getString("booth_number")))
                .optional().orElseThrow(() -> new IllegalArgumentException("no booth " + boothId));
        String password = randomText(12);
        UserAccount account = accounts.findFirstByEmployerIdOrderById(booth.employerId())
                .orElseGet(() -> new UserAccount(username(booth.number()), booth.employerName(), "", Roles.EMPLOYER,
                        booth.employerId(), clock.instant()));
        account.changePassword(passwordEncoder.encode(password));
        account.enable();
        account = accounts.save(account);
        audit.record(AuditAction.BOOTH_SIGN_IN_ISSUED, "user:" + account.getId(), "booth:" + boothId);
        return new IssuedBoothSignIn(booth.fairName(), booth.employerName(), booth.number(),
                account.toUser().username(), password);
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public void disable(long accountId) {
        UserAccount account = accounts.findById(accountId).filter(a -> Roles.EMPLOYER.equals(a.toUser().role()))
                .orElseThrow(() -> new IllegalArgumentException("no booth sign-in " + accountId));
        account.disable();
        audit.record(AuditAction.BOOTH_SIGN_IN_DISABLED, "user:" + accountId, null);
    }

    /** "a01-k7m3": the booth number people see on the sheet, plus a random part nobody guesses. */
    private String username(String boothNumber) {
        String base = boothNumber.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String candidate;
        do {
            candidate = (base.isEmpty() ? "booth" : base) + "-" + randomText(4);
        } while (accounts.existsByUsername(candidate));
        return candidate;
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
