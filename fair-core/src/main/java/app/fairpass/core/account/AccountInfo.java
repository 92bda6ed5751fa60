package app.fairpass.core.account;

import java.time.Instant;

/** An account as the organiser's list shows it: never the password hash. */
public record AccountInfo(long id, String username, String displayName, String role, boolean enabled,
        Instant lastSignInAt) {
}
