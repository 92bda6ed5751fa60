package app.fairpass.core.checkin;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One scan at a kiosk. {@code nonce} is made by the client once per scan (a retry sends the same one);
 * {@code deviceTime} is the kiosk's clock, kept beside the server's time, which is the record.
 */
public record CheckInRequest(long kioskId, String rawCode, String nonce, Instant deviceTime) {
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public CheckInRequest {
        if (nonce != null && !NONCE.matcher(nonce).matches()) {
            throw new IllegalArgumentException("nonce must be 1-64 characters of [A-Za-z0-9_-]");
        }
    }
}
