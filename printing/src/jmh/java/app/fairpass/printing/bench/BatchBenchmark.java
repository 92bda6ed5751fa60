package app.fairpass.printing.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import app.fairpass.printing.badge.BadgeContent;
import app.fairpass.printing.badge.BadgePdf;
import app.fairpass.printing.badge.BadgeStock;
import app.fairpass.printing.report.ArrivalCount;
import app.fairpass.printing.report.EmployerFigures;
import app.fairpass.printing.report.HeadlineFigures;
import app.fairpass.printing.report.KeyGroupFigures;
import app.fairpass.printing.report.SummaryReportContent;
import app.fairpass.printing.report.SummaryReportPdf;
import app.fairpass.printing.text.Language;

/** Big documents: 1,000 badges pre-printed on A4 sheets, and a fair summary with 300 employers. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class BatchBenchmark {

    private final List<BadgeContent> thousandBadges = IntStream.range(0, 1000).mapToObj(BadgeBenchmark::badge).toList();
    private final SummaryReportContent report = new SummaryReportContent("2025 春风行动海曙区专场招聘会",
            LocalDate.of(2025, 3, 15), "海曙区人力资源市场", new HeadlineFigures(300, 45_150, 2412, 1832, 90_300, 689),
            List.of(new KeyGroupFigures("高校毕业生", 1203, 988, 842, 377), new KeyGroupFigures("就业困难人员", 96, 71, 40, 12)),
            IntStream.range(0, 16).mapToObj(i -> new ArrivalCount(LocalTime.of(9, 0).plusMinutes(15L * i), 40 + i * 7))
                    .toList(),
            IntStream.rangeClosed(1, 300).mapToObj(i -> new EmployerFigures("A" + i, "宁波第" + i + "号智能制造有限公司", i,
                    2L * i, i % 3)).toList());

    @Benchmark
    public byte[] thousandBadgesOnA4Sheets() {
        return BadgePdf.renderBatch(BadgeStock.A4_SHEET_8, thousandBadges);
    }

    @Benchmark
    public byte[] summaryReportWith300Employers() {
        return SummaryReportPdf.render(report, Language.ZH);
    }
}
