package app.fairpass.printing.report;

import java.util.List;
import java.util.Objects;

/** A series of fairs (e.g. an employment service month) reported together. */
public record SeriesReportContent(String seriesName, List<FairFigures> fairs) {

    public SeriesReportContent {
        Objects.requireNonNull(seriesName, "seriesName");
        fairs = List.copyOf(fairs);
    }

    public HeadlineFigures totals() {
        return fairs.stream().map(FairFigures::figures).reduce(HeadlineFigures.ZERO, HeadlineFigures::plus);
    }
}
