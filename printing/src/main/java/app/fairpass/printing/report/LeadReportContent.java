package app.fairpass.printing.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One employer's records at one fair. */
public record LeadReportContent(String fairName, LocalDate date, String employer, String booth, List<Lead> leads) {

    public LeadReportContent {
        Objects.requireNonNull(fairName, "fairName");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(booth, "booth");
        leads = List.copyOf(leads);
    }
}
