package app.fairpass.core.pass;

public enum PassStatus {
    ACTIVE, REVOKED
}
