package app.fairpass.printing.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import app.fairpass.printing.badge.BadgeContent;
import app.fairpass.printing.badge.BadgePdf;
import app.fairpass.printing.badge.BadgeStock;
import app.fairpass.printing.font.DocumentFont;

/**
 * Warm time of one badge PDF per stock: SampleTime gives the median and p99.
 * Run: mvn -q -pl printing -am -Pbench verify -DskipTests
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class BadgeBenchmark {

    private static final String[] NAMES = {"张燕", "陈喆", "欧阳珺", "Maximilian Alexander Featherstonehaugh", "李赟"};

    @Param({"LABEL_62X100", "LABEL_4X3_IN", "A6", "A4_SHEET_8"})
    public BadgeStock stock;

    private final BadgeContent badge = badge(0);

    static BadgeContent badge(int index) {
        return new BadgeContent("2025 春风行动 · 海曙区专场招聘会", NAMES[index % NAMES.length] + index,
                index % 3 == 0 ? "意向岗位：会计" : null, "FP1-7K2M9QX4TR8VH" + (1000 + index) + "-6WDJ", "7K2M-" + index);
    }

    @Benchmark
    public byte[] oneBadge() {
        return BadgePdf.render(stock, badge);
    }

    /** Shows that the font file was parsed once in this benchmark JVM, not per document. */
    @TearDown(Level.Trial)
    public void reportFontParses() {
        System.out.println("\nfont parses in this JVM: " + DocumentFont.fontParseCount());
    }
}
