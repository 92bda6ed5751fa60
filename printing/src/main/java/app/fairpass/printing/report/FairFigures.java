package app.fairpass.printing.report;

import java.time.LocalDate;

/** One fair's row in a series roll-up. */
public record FairFigures(String fairName, LocalDate date, String venue, HeadlineFigures figures) {
}
