package app.fairpass.admin.report;

import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.SeriesInfo;
import app.fairpass.core.stats.FairFigures;
import app.fairpass.core.stats.FairStatsService;
import app.fairpass.printing.report.ArrivalCount;
import app.fairpass.printing.report.EmployerFigures;
import app.fairpass.printing.report.HeadlineFigures;
import app.fairpass.printing.report.KeyGroupFigures;
import app.fairpass.printing.report.SeriesReportContent;
import app.fairpass.printing.report.SeriesReportPdf;
import app.fairpass.printing.report.SummaryReportContent;
import app.fairpass.printing.report.SummaryReportPdf;
import app.fairpass.printing.text.Language;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Maps a fair's figures to the printing module's report records and renders the PDFs. */
@Component
public class FairReports {
    private final FairService fairs;
    private final FairStatsService stats;

    FairReports(FairService fairs, FairStatsService stats) {
        this.fairs = fairs;
        this.stats = stats;
    }

    public static Language language(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Language.EN : Language.ZH;
    }

    public byte[] summary(long fairId, Language language) {
        return SummaryReportPdf.render(summaryContent(fairId, language), language);
    }

    SummaryReportContent summaryContent(long fairId, Language language) {
        FairInfo fair = fairs.find(fairId).orElseThrow(() -> new IllegalArgumentException("no fair " + fairId));
        FairFigures figures = stats.figures(fairId);
        List<KeyGroupFigures> keyGroups = figures.byKeyGroup().stream()
                .map(g -> new KeyGroupFigures(language == Language.EN ? g.nameEn() : g.nameZh(), g.registered(),
                        g.checkedIn(), g.resumes(), g.intentions()))
                .toList();
        List<ArrivalCount> arrivals = figures.arrivals().stream()
                .map(slot -> new ArrivalCount(slot.start(), slot.count())).toList();
        List<EmployerFigures> employers = stats.boothFigures(fairId).stream()
                .map(b -> new EmployerFigures(b.boothNumber(), b.employerName(), b.positionsOffered(), b.resumes(),
                        b.intentions()))
                .toList();
        return new SummaryReportContent(fair.name(), fair.date(), fair.venue(), headline(figures), keyGroups,
                arrivals, employers);
    }

    public byte[] series(SeriesInfo series, Language language) {
        List<app.fairpass.printing.report.FairFigures> rows = fairs.listFairs().stream()
                .filter(fair -> fair.seriesId() != null && fair.seriesId() == series.id())
                .sorted(Comparator.comparing(FairInfo::date).thenComparing(FairInfo::id))
                .map(fair -> new app.fairpass.printing.report.FairFigures(fair.name(), fair.date(), fair.venue(),
                        headline(stats.figures(fair.id()))))
                .toList();
        return SeriesReportPdf.render(new SeriesReportContent(series.name(), rows), language);
    }

    private static HeadlineFigures headline(FairFigures figures) {
        return new HeadlineFigures(figures.employers(), figures.positionsOffered(), figures.registered(),
                figures.checkedIn(),
                figures.resumes(), figures.intentions());
    }
}
