package app.fairpass.core.audit;

import java.time.Instant;

public record AuditEvent(Instant at, String actor, String action, String target, String detail) {
}
