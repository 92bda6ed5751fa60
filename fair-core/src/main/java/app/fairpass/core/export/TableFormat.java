package app.fairpass.core.export;

/** The two formats services exchange: CSV (UTF-8 with BOM so Excel shows Chinese) and Excel's XLSX. */
public enum TableFormat {
    CSV("text/csv;charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mediaType;

    TableFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
