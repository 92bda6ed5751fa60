package app.fairpass.core.kiosk;

import java.time.Instant;

/** A one-time code an organiser reads out or shows as a QR; only its hash is stored. */
public record PairingCode(long kioskId, String code, Instant expiresAt) {
}
