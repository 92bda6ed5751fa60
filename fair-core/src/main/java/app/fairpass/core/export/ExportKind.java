package app.fairpass.core.export;

/** What can be exported; each export is written to the audit log as {@code EXPORT_<kind>}. */
public enum ExportKind {
    CHECK_INS("签到记录"),
    BOOTH_RECORDS("展位记录"),
    /** Contains phone numbers: the people to call after the fair. */
    FOLLOW_UP("跟进名单");

    private final String fileLabel;

    ExportKind(String fileLabel) {
        this.fileLabel = fileLabel;
    }

    String fileLabel() {
        return fileLabel;
    }
}
