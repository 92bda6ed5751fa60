package app.fairpass.core.kiosk;

import java.time.Instant;

public record KioskInfo(long id, Long fairId, String name, String location, PrintMode printMode,
        String printerQueue, String badgeStock, boolean revoked, Instant lastSeenAt) {
}
