package app.fairpass.printing.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Everything the summary of one fair shows. */
public record SummaryReportContent(String fairName, LocalDate date, String venue, HeadlineFigures figures,
                                   List<KeyGroupFigures> keyGroups, List<ArrivalCount> arrivals,
                                   List<EmployerFigures> employers) {

    public SummaryReportContent {
        Objects.requireNonNull(fairName, "fairName");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(figures, "figures");
        keyGroups = List.copyOf(keyGroups);
        arrivals = List.copyOf(arrivals);
        employers = List.copyOf(employers);
    }
}
