package app.fairpass.core.stats;

import static app.fairpass.core.TestFair.asKiosk;
import static app.fairpass.core.TestFair.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.TestFair;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.booth.BoothRecordResult;
import app.fairpass.core.booth.RecordKind;
import app.fairpass.core.checkin.CheckInOutcome;
import app.fairpass.core.checkin.CheckInRequest;
import app.fairpass.core.checkin.CheckInService;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.pass.PassRef;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Writers at once on one fair: every increment counted, no error shown to anyone. */
@SpringBootTest
class FairTallyConcurrencyTest {
    private static final int PEOPLE = 40;

    @Autowired
    TestFair testFair;
    @Autowired
    CheckInService checkIns;
    @Autowired
    EmployerService employers;
    @Autowired
    CountedFigures counted;
    @Autowired
    FairStatsService stats;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    /**
     * Two desks register at once (their first passes both create the fair's registration tallies), then two kiosks
     * check everyone in from opposite ends of the queue while two booths record everyone, also from opposite ends:
     * the same person's intentions at both booths at once count that person once. Two staff phones of one booth
     * take resumes at once, into the same tally rows.
     */
    @Test
    void twoKiosksAndTwoBoothsAtOnceLoseNoIncrement() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        FairInfo fair = testFair.openFair("并发招聘会 " + run);
        KioskInfo east = testFair.kiosk(fair.id());
        KioskInfo west = testFair.kiosk(fair.id());
        long a = testFair.employerWithBooth(fair.id(), "并发甲 " + run, "P01", 4, 6);
        long b = testFair.employerWithBooth(fair.id(), "并发乙 " + run, "P02", 9);
        FairPassUser staffA = testFair.staffOf(a);
        FairPassUser otherStaffA = testFair.staffOf(a);
        FairPassUser staffB = testFair.staffOf(b);
        long positionA = asOrganiser(() -> employers.positionsOf(fair.id(), a)).get(1).id();
        long positionB = asOrganiser(() -> employers.positionsOf(fair.id(), b)).get(0).id();

        List<PassRef> people = Collections.synchronizedList(new ArrayList<>());
        String[][] groups = {{}, {"COLLEGE_GRADUATE"}, {"VETERAN", "UNEMPLOYED"}};
        allAtOnce(List.of(
                () -> registerEach(fair, 0, people, groups),
                () -> registerEach(fair, 1, people, groups)));
        people.sort((x, y) -> Long.compare(x.passId(), y.passId()));
        List<PassRef> reversed = new ArrayList<>(people);
        Collections.reverse(reversed);

        allAtOnce(List.of(
                () -> checkInEach(east, people),
                () -> checkInEach(west, reversed),
                () -> {
                    for (int i = 0; i < PEOPLE; i++) {
                        if (i % 2 == 0) {
                            record(staffA, fair, people.get(i), RecordKind.RESUME, null);
                        }
                        record(staffA, fair, people.get(i), RecordKind.INTENTION, positionA);
                    }
                    return null;
                },
                () -> {
                    for (int i = 1; i < PEOPLE; i += 2) {
                        record(otherStaffA, fair, people.get(i), RecordKind.RESUME, null);
                    }
                    return null;
                },
                () -> {
                    for (PassRef pass : reversed) {
                        record(staffB, fair, pass, RecordKind.INTENTION, positionB);
                    }
                    return null;
                }));

        FairFigures figures = asOrganiser(() -> stats.figures(fair.id()));
        assertThat(List.of(figures.registered(), figures.checkedIn(), figures.resumes(), figures.intentions()))
                .containsExactly((long) PEOPLE, (long) PEOPLE, (long) PEOPLE, (long) PEOPLE);
        assertThat(asOrganiser(() -> stats.boothFigures(fair.id()))).extracting(BoothFigures::resumes,
                BoothFigures::intentions).containsExactly(
                        org.assertj.core.groups.Tuple.tuple((long) PEOPLE, (long) PEOPLE),
                        org.assertj.core.groups.Tuple.tuple(0L, (long) PEOPLE));
        counted.assertTalliesMatchRecords(fair.id(), clock.getZone());
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT stripe) FROM fair_tally WHERE fair_id = ? AND figure = ?")
                .params(fair.id(), Figure.CHECKED_IN.code).query(Long.class).single())
                .as("each kiosk counts into its own rows").isEqualTo(2);
    }

    /**
     * Another transaction has just inserted the tally row a registration's first count needs and commits a moment
     * later: the registration's insert of the same row fails on the primary key, and it is tried again.
     */
    @Test
    void aTallyRowInsertedByTwoTransactionsAtOnceCountsBoth() throws Exception {
        FairInfo fair = testFair.openFair("首行并发 " + UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch inserted = new CountDownLatch(1);
            Future<?> other = pool.submit(() -> tx.executeWithoutResult(status -> {
                jdbc.sql("INSERT INTO fair_tally (fair_id, figure, item, stripe, n) VALUES (?, ?, '', 0, 0)")
                        .params(fair.id(), Figure.REGISTERED.code).update();
                inserted.countDown();
                sleep(1_000);
            }));
            assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
            PassRef pass = pool.submit(() -> testFair.register(fair.id(), "Anna Schmidt")).get(30, TimeUnit.SECONDS);
            other.get(30, TimeUnit.SECONDS);

            assertThat(pass).isNotNull();
            assertThat(asOrganiser(() -> stats.figures(fair.id())).registered()).isEqualTo(1);
            counted.assertTalliesMatchRecords(fair.id(), clock.getZone());
        } finally {
            pool.shutdownNow();
        }
    }

    private Void registerEach(FairInfo fair, int desk, List<PassRef> people, String[][] groups) {
        for (int i = desk; i < PEOPLE; i += 2) {
            people.add(testFair.register(fair.id(), "并发" + i, groups[i % groups.length]));
        }
        return null;
    }

    private Void checkInEach(KioskInfo kiosk, List<PassRef> people) {
        for (PassRef pass : people) {
            CheckInOutcome outcome = asKiosk(kiosk, () -> checkIns.checkIn(new CheckInRequest(kiosk.id(),
                    pass.code().text(), null, null))).outcome();
            assertThat(outcome).isIn(CheckInOutcome.CHECKED_IN, CheckInOutcome.ALREADY_CHECKED_IN);
        }
        return null;
    }

    private void record(FairPassUser staff, FairInfo fair, PassRef pass, RecordKind kind, Long position) {
        assertThat(testFair.record(staff, fair, pass, kind, position).outcome())
                .isEqualTo(BoothRecordResult.Outcome.RECORDED);
    }

    /** Runs each at the same moment on its own thread; any failure fails the test. */
    private static void allAtOnce(List<Callable<Void>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> running = new ArrayList<>();
            for (Callable<Void> each : work) {
                running.add(pool.submit(() -> {
                    start.await();
                    return each.call();
                }));
            }
            start.countDown();
            for (Future<Void> each : running) {
                each.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
