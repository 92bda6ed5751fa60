package app.fairpass.printing.text;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The languages printed documents come in; Chinese unless English is asked for. */
public enum Language {
    ZH(Locale.SIMPLIFIED_CHINESE, "yyyy年M月d日（EEEE）"),
    EN(Locale.UK, "EEEE d MMMM yyyy");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Locale locale;
    private final DateTimeFormatter date;

    Language(Locale locale, String datePattern) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofPattern(datePattern, locale);
    }

    /** A count with grouping as published figures are written: 2,756. */
    public String count(long value) {
        // NumberFormat is not thread-safe and cheap to create.
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String date(LocalDate value) {
        return date.format(value);
    }

    /** 2025-03-15: short enough for a table column in either language. */
    public String isoDate(LocalDate value) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(value);
    }

    public String time(LocalTime value) {
        return TIME.format(value);
    }

    public String hours(LocalTime opens, LocalTime closes) {
        return time(opens) + "–" + time(closes);
    }
}
