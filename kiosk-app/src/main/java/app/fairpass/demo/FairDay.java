package app.fairpass.demo;

import app.fairpass.admin.report.FairReports;
import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.BoothSignIn;
import app.fairpass.core.account.BoothSignInService;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.account.Roles;
import app.fairpass.core.booth.BoothRecordCommand;
import app.fairpass.core.booth.BoothRecordResult;
import app.fairpass.core.booth.BoothRecordService;
import app.fairpass.core.checkin.CheckInOutcome;
import app.fairpass.core.checkin.CheckInRequest;
import app.fairpass.core.checkin.CheckInService;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.employer.PositionInfo;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.kiosk.KioskPrincipal;
import app.fairpass.core.pass.PassRef;
import app.fairpass.core.stats.FairFigures;
import app.fairpass.core.stats.FairStatsService;
import app.fairpass.printing.text.Language;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Plays a fair day through the real services on the replay's clock: the organiser sets the fair up the evening
 * before (employers, positions, registrations, kiosks, booth sign-ins), then each step of the schedule happens at
 * its time, as the kiosk or booth that does it, and at closing time the organiser closes the fair and prints its
 * summary.
 */
class FairDay {
    private static final FairPassUser ORGANISER = new FairPassUser(0, "fair-day-replay", "Fair-day replay", "",
            Roles.ORGANISER, null, true);

    /** What the day left behind: the figures as the statistics read them and the summary report made of them. */
    record Outcome(FairInfo fair, FairFigures figures, byte[] summaryPdf, int steps, Duration setUp,
            Duration day) {
    }

    private record Booth(FairPassUser staff, List<Long> positionIds, int openings) {
    }

    private final DemoFair demoFair;
    private final BoothSignInService boothSignIns;
    private final AccountService accounts;
    private final EmployerService employers;
    private final CheckInService checkIns;
    private final BoothRecordService boothRecords;
    private final FairService fairs;
    private final FairStatsService stats;
    private final FairReports reports;
    private final ReplayClock clock;

    FairDay(DemoFair demoFair, BoothSignInService boothSignIns, AccountService accounts, EmployerService employers,
            CheckInService checkIns, BoothRecordService boothRecords, FairService fairs, FairStatsService stats,
            FairReports reports, ReplayClock clock) {
        this.demoFair = demoFair;
        this.boothSignIns = boothSignIns;
        this.accounts = accounts;
        this.employers = employers;
        this.checkIns = checkIns;
        this.boothRecords = boothRecords;
        this.fairs = fairs;
        this.stats = stats;
        this.reports = reports;
        this.clock = clock;
    }

    Outcome replay(FairDayPlan plan, LocalDate day) {
        long started = System.nanoTime();
        moveTo(day.minusDays(1), LocalTime.of(20, 0));
        DemoFair.Seeded seeded = as(organiser(), () -> demoFair.seed(new Random(plan.seed()), day, plan.employers(),
                plan.openings(), plan.registered()));
        long fairId = seeded.fair().id();
        List<Booth> booths = as(organiser(), () -> boothSignIns.list(fairId).stream()
                .map(booth -> staffed(fairId, booth)).toList());
        long setUp = System.nanoTime();

        int[] openings = booths.stream().mapToInt(Booth::openings).toArray();
        int[] positions = booths.stream().mapToInt(booth -> booth.positionIds().size()).toArray();
        List<FairDaySchedule.Step> steps = FairDaySchedule.plan(plan, openings, positions, DemoFair.CLOSES);
        Set<Integer> checkedIn = new HashSet<>();
        for (FairDaySchedule.Step step : steps) {
            moveTo(day, step.at());
            if (step instanceof FairDaySchedule.Scan scan) {
                scan(seeded, scan, checkedIn.add(scan.person()));
            } else if (step instanceof FairDaySchedule.BoothRecord record) {
                record(seeded, booths.get(record.employer()), record);
            }
        }
        moveTo(day, DemoFair.CLOSES);
        as(organiser(), () -> fairs.changeStatus(fairId, FairStatus.CLOSED));
        long ended = System.nanoTime();

        FairFigures figures = as(organiser(), () -> stats.figures(fairId));
        byte[] summary = as(organiser(), () -> reports.summary(fairId, Language.ZH));
        return new Outcome(seeded.fair(), figures, summary, steps.size(), Duration.ofNanos(setUp - started),
                Duration.ofNanos(ended - setUp));
    }

    /** The booth sign-in the organiser hands over on the booth sheet, and the positions its staff can choose. */
    private Booth staffed(long fairId, BoothSignIn booth) {
        String username = boothSignIns.issue(booth.boothId()).username();
        List<PositionInfo> positions = employers.positionsOf(fairId, booth.employerId());
        return new Booth((FairPassUser) accounts.loadUserByUsername(username),
                positions.stream().map(PositionInfo::id).toList(),
                positions.stream().mapToInt(PositionInfo::headcount).sum());
    }

    private void scan(DemoFair.Seeded seeded, FairDaySchedule.Scan scan, boolean first) {
        KioskInfo kiosk = seeded.kiosks().get(scan.entrance());
        PassRef pass = seeded.passes().get(scan.person());
        CheckInOutcome outcome = as(kioskDevice(kiosk), () -> checkIns.checkIn(new CheckInRequest(kiosk.id(),
                pass.code().text(), null, null))).outcome();
        expect(first ? CheckInOutcome.CHECKED_IN : CheckInOutcome.ALREADY_CHECKED_IN, outcome, scan);
    }

    private void record(DemoFair.Seeded seeded, Booth booth, FairDaySchedule.BoothRecord record) {
        PassRef pass = seeded.passes().get(record.person());
        Long positionId = record.position() == null ? null : booth.positionIds().get(record.position());
        BoothRecordCommand command = new BoothRecordCommand(seeded.fair().id(),
                record.typed() ? pass.shortId() : pass.code().text(), record.kind(), positionId, null, null, null);
        BoothRecordResult.Outcome outcome = as(signedIn(booth.staff()), () -> boothRecords.record(command))
                .outcome();
        expect(BoothRecordResult.Outcome.RECORDED, outcome, record);
    }

    private static void expect(Object expected, Object actual, FairDaySchedule.Step step) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(step + " was answered " + actual + ", not " + expected);
        }
    }

    private void moveTo(LocalDate day, LocalTime time) {
        clock.set(day.atTime(time).atZone(clock.getZone()).toInstant());
    }

    private static Authentication organiser() {
        return signedIn(ORGANISER);
    }

    private static Authentication signedIn(FairPassUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    private static Authentication kioskDevice(KioskInfo kiosk) {
        return new UsernamePasswordAuthenticationToken(new KioskPrincipal(kiosk.id(), kiosk.name(), kiosk.fairId()),
                null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.KIOSK)));
    }

    private static <T> T as(Authentication authentication, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
