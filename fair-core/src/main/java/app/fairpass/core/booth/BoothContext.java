package app.fairpass.core.booth;

import java.time.LocalDate;

/** Where a signed-in employer is recording: its booth at an open fair. */
public record BoothContext(long fairId, String fairName, LocalDate fairDate, long employerId, String employerName,
        String boothNumber) {
}
