package app.fairpass.core.audit;

/**
 * What an audit entry records. Stored by name; the organisers' audit screen shows each with a label of its own
 * ({@code console.audit.action.<NAME>}, in every language).
 */
public enum AuditAction {
    ACCOUNT_CREATED,
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_PAUSED,
    BOOTH_SIGN_IN_ISSUED,
    BOOTH_SIGN_IN_DISABLED,
    SERIES_CREATED,
    SERIES_UPDATED,
    FAIR_CREATED,
    FAIR_UPDATED,
    FAIR_PLANNED,
    FAIR_OPEN,
    FAIR_CLOSED,
    EMPLOYER_CREATED,
    BOOTH_ADDED,
    BOOTH_RENUMBERED,
    POSITION_UPDATED,
    IMPORT_EMPLOYERS,
    IMPORT_SEEKERS,
    KIOSK_CREATED,
    KIOSK_PAIRING_CODE,
    KIOSK_PAIRED,
    KIOSK_REVOKED,
    CHECK_IN,
    PASS_FOUND_BY_PHONE,
    BADGE_REPRINTED,
    BADGE_NOT_PRINTED,
    BOOTH_RESUME,
    BOOTH_INTENTION,
    EXPORT_CHECK_INS,
    EXPORT_BOOTH_RECORDS,
    EXPORT_FOLLOW_UP,
    RETENTION_PURGE
}
