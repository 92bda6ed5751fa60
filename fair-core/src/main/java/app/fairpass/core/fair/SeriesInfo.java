package app.fairpass.core.fair;

import java.time.LocalDate;

public record SeriesInfo(long id, String name, LocalDate startsOn, LocalDate endsOn) {
}
