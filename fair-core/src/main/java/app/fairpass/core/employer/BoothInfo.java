package app.fairpass.core.employer;

/** An employer at one fair, with its booth number (展位号). */
public record BoothInfo(long boothId, long fairId, long employerId, String employerName, String boothNumber) {
}
