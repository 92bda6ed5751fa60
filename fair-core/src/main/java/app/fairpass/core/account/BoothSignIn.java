package app.fairpass.core.account;

import java.time.Instant;

/** One booth's sign-in as the organiser's list shows it. */
public record BoothSignIn(long boothId, String boothNumber, long employerId, String employerName, Long accountId,
        String username, boolean enabled, Instant lastSignInAt) {
}
