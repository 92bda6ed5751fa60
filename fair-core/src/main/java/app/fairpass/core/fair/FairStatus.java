package app.fairpass.core.fair;

public enum FairStatus {
    PLANNED, OPEN, CLOSED
}
