package app.fairpass.core.checkin;

/** Every answer a scan at a kiosk can get (docs/architecture.md "Check-in"). */
public enum CheckInOutcome {
    CHECKED_IN,
    ALREADY_CHECKED_IN,
    UNKNOWN_PASS,
    INVALID_CODE,
    WRONG_FAIR,
    FAIR_NOT_OPEN,
    REVOKED;

    public boolean admitted() {
        return this == CHECKED_IN || this == ALREADY_CHECKED_IN;
    }
}
