package app.fairpass.demo;

import app.fairpass.admin.report.FairReports;
import app.fairpass.core.CoreConfiguration;
import app.fairpass.core.stats.ArrivalSlot;
import app.fairpass.core.stats.FairFigures;
import app.fairpass.printing.cli.CommandLines;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.GenericApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * "replay-fair-day": plays the reported campus fair's day through the real services into a new database and
 * prints its figures and summary report. The database {@code replay.mv.db} stays in the data folder, for a look
 * at it with the server.
 */
@Command(name = "replay-fair-day", sortOptions = false, sortSynopsis = false,
        description = {"Plays the reported campus fair's day through the real services into a new",
            "database, prints its figures and writes its summary report."})
public final class FairDayReplay implements Callable<Integer> {
    /** The day the replay plays; any day would do, a fixed one makes every run alike. */
    static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    static final String DATABASE = "replay";

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "replay",
            description = "folder of the new database (default: ${DEFAULT-VALUE})")
    private Path dataDir;

    @Option(names = "--out", paramLabel = "FILE.pdf", defaultValue = "fair-day-summary.pdf",
            description = "the summary report (default: ${DEFAULT-VALUE})")
    private Path pdf;

    @Mixin
    private CommandLines.Help help;

    @Spec
    private CommandSpec spec;

    /** Runs the command with {@code args}, printing to {@code out}; returns the process exit code. */
    public static int run(String[] args, PrintStream out) {
        return CommandLines.run(new FairDayReplay(), args, out);
    }

    @Override
    public Integer call() {
        Path database = dataDir.resolve(DATABASE + ".mv.db").toAbsolutePath();
        if (Files.exists(database)) {
            throw new ParameterException(spec.commandLine(),
                    database + " exists: the replay needs a new database (another --data-dir, or delete it)");
        }
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        try {
            FairDay.Outcome outcome = replay(FairDayPlan.REPORTED, dataDir);
            Files.write(pdf, outcome.summaryPdf());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            print(out, outcome, FairDayPlan.REPORTED, pdf.toAbsolutePath(), took);
            out.println("database: " + database + " (to look at it: start the server with"
                    + " --spring.datasource.url=jdbc:h2:file:" + dataDir.resolve(DATABASE).toAbsolutePath() + ")");
            return 0;
        } catch (IOException | RuntimeException e) {
            out.println("replay failed: " + e);
            return 1;
        }
    }

    /** Plays {@code plan} into a new database {@code replay} in {@code dataDir}, with no web server. */
    static FairDay.Outcome replay(FairDayPlan plan, Path dataDir) throws IOException {
        Path folder = Files.createDirectories(dataDir).toAbsolutePath();
        ZoneId zone = ZoneId.systemDefault();
        ReplayClock clock = new ReplayClock(Instant.EPOCH, zone);
        // As arguments, these outrank application.properties, which names the server's own database.
        String[] settings = {
            "--fairpass.data-dir=" + folder,
            "--spring.datasource.url=jdbc:h2:file:" + folder.resolve(DATABASE) + ";${fairpass.h2.settings}",
            "--spring.main.banner-mode=off",
            "--logging.level.root=warn"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReplayApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .initializers(starting -> ((GenericApplicationContext) starting).registerBean("replayClock",
                        ReplayClock.class, () -> clock, definition -> definition.setPrimary(true)))
                .run(settings)) {
            return context.getBean(FairDay.class).replay(plan, DAY);
        }
    }

    private static void print(PrintWriter out, FairDay.Outcome outcome, FairDayPlan plan, Path pdf, Duration took) {
        FairFigures figures = outcome.figures();
        ArrivalSlot busiest = figures.arrivals().stream().max(Comparator.comparingLong(ArrivalSlot::count))
                .orElseThrow();
        out.printf("fair-day replay of %s, %s (seed %d)%n", outcome.fair().name(), outcome.fair().date(), plan.seed());
        // Labels in English first: a Chinese label's width on a terminal is not its length.
        out.printf("  %-20s %,7d  报名%n", "registered", figures.registered());
        out.printf("  %-20s %,7d  签到   busiest quarter hour %s: %,d%n", "checked in", figures.checkedIn(),
                busiest.start(), busiest.count());
        out.printf("  %-20s %,7d  参会用人单位%n", "employers", figures.employers());
        out.printf("  %-20s %,7d  提供岗位%n", "positions offered", figures.positionsOffered());
        out.printf("  %-20s %,7d  收到简历%n", "resumes received", figures.resumes());
        out.printf("  %-20s %,7d  达成就业意向 (people)%n", "intentions reached", figures.intentions());
        out.printf("summary report: %s%n", pdf);
        out.printf("took %.1f s: setting up %.1f s (%,d registrations, %,d booth sign-ins), the day %.1f s"
                + " (%,d scans and booth records)%n", seconds(took), seconds(outcome.setUp()), figures.registered(),
                figures.employers(), seconds(outcome.day()), outcome.steps());
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /**
     * The replay's application: the core's services, the report maker and the replay itself, without the web
     * server. Deliberately no {@code @Configuration}, so the server's component scan never picks it up.
     */
    @EnableAutoConfiguration(excludeName = {"com.vaadin.flow.spring.SpringBootAutoConfiguration",
            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"})
    @AutoConfigurationPackage(basePackageClasses = CoreConfiguration.class)
    @ComponentScan(basePackageClasses = CoreConfiguration.class)
    @Import({DemoFair.class, FairReports.class, FairDay.class})
    static class ReplayApplication {
    }
}
