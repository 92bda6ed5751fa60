package app.fairpass.core.kiosk;

import java.time.Instant;

/** @param paired whether a device holds a valid credential for this kiosk now */
public record KioskInfo(long id, Long fairId, String name, String location, PrintMode printMode,
        String printerQueue, String badgeStock, boolean revoked, Instant lastSeenAt, boolean paired) {
}
