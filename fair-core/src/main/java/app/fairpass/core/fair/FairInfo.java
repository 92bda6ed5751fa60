package app.fairpass.core.fair;

import java.time.LocalDate;
import java.time.LocalTime;

/** What callers may know of a fair. */
public record FairInfo(long id, Long seriesId, String name, String venue, LocalDate date, LocalTime opensAt,
        LocalTime closesAt, FairStatus status) {

    public boolean isOpen() {
        return status == FairStatus.OPEN;
    }
}
