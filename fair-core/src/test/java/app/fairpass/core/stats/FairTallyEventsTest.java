package app.fairpass.core.stats;

import static app.fairpass.core.TestFair.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fairpass.core.TestFair;
import app.fairpass.core.booth.BoothRecorded;
import app.fairpass.core.booth.IntentionMoved;
import app.fairpass.core.booth.RecordKind;
import app.fairpass.core.checkin.CheckedIn;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.pass.PassIssued;
import app.fairpass.core.pass.PassRef;
import app.fairpass.core.pass.PassService;
import app.fairpass.core.seeker.KeyGroupsChanged;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The writes publish what happened; the tally counts each fact in the transaction of its record. */
@SpringBootTest
class FairTallyEventsTest {
    @Autowired
    TestFair testFair;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PassService passes;
    @Autowired
    EmployerService employers;
    @Autowired
    FairStatsService stats;
    @Autowired
    CountedFigures counted;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    /**
     * Each fact, published alone in a transaction that is then rolled back, moves exactly the tallies that count
     * it: a person in two key groups, registered at the fair and nothing else yet.
     */
    @Test
    void everyFactMovesTheFiguresThatCountIt() {
        FairInfo fair = testFair.openFair("事实计数 " + UUID.randomUUID());
        KioskInfo kiosk = testFair.kiosk(fair.id());
        long employer = testFair.employerWithBooth(fair.id(), "事实公司 " + UUID.randomUUID(), "E01", 3, 5);
        List<Long> positions = asOrganiser(() -> employers.positionsOf(fair.id(), employer)).stream()
                .map(position -> position.id()).toList();
        long p1 = positions.get(0);
        long p2 = positions.get(1);
        PassRef pass = testFair.register(fair.id(), "王芳", "VETERAN", "UNEMPLOYED");
        long seeker = pass.jobSeekerId();
        Instant tenOhSeven = fair.date().atTime(LocalTime.of(10, 7)).atZone(clock.getZone()).toInstant();

        Map<Object, Map<String, Long>> expected = new LinkedHashMap<>();
        expected.put(new PassIssued(pass.passId(), fair.id(), seeker), Map.of(
                "registered/", 1L, "registered/VETERAN", 1L, "registered/UNEMPLOYED", 1L));
        expected.put(new CheckedIn(pass.passId(), fair.id(), seeker, kiosk.id(), tenOhSeven), Map.of(
                "checked-in/", 1L, "checked-in/VETERAN", 1L, "checked-in/UNEMPLOYED", 1L, "arrivals/10:00", 1L));
        expected.put(new BoothRecorded(1, fair.id(), employer, seeker, RecordKind.RESUME, null), Map.of(
                "resumes/", 1L, "resumes/VETERAN", 1L, "resumes/UNEMPLOYED", 1L, "booth-resumes/" + employer, 1L));
        expected.put(new BoothRecorded(2, fair.id(), employer, seeker, RecordKind.INTENTION, p1), Map.of(
                "intentions/", 1L, "intentions/VETERAN", 1L, "intentions/UNEMPLOYED", 1L,
                "booth-intentions/" + employer, 1L, "position-intentions/" + p1, 1L));
        expected.put(new IntentionMoved(2, fair.id(), employer, p1, p2), Map.of(
                "position-intentions/" + p1, -1L, "position-intentions/" + p2, 1L));
        expected.put(new KeyGroupsChanged(seeker, Set.of("VETERAN"), Set.of("COLLEGE_GRADUATE")), Map.of(
                "registered/VETERAN", -1L, "registered/COLLEGE_GRADUATE", 1L));

        Map<Object, Map<String, Long>> moved = new LinkedHashMap<>();
        expected.keySet().forEach(event -> moved.put(event, movedBy(event, fair.id())));

        assertThat(moved).isEqualTo(expected);
        assertThat(expected.keySet().stream().map(Object::getClass).collect(Collectors.toSet()))
                .as("a case above for every fact the tally listens to").isEqualTo(listenedTo());
        counted.assertTalliesMatchRecords(fair.id(), clock.getZone());
    }

    /**
     * A pass issued in a transaction that then fails: inside it the figure already counts the pass (it is written
     * with the record, not after the commit), and after the rollback neither the pass nor the figure is there.
     */
    @Test
    void aFigureRollsBackWithItsRecord() {
        FairInfo first = testFair.openFair("先到 " + UUID.randomUUID());
        FairInfo second = testFair.openFair("回滚 " + UUID.randomUUID());
        long seeker = testFair.register(first.id(), "赵磊", "VETERAN").jobSeekerId();
        Map<String, Long> inside = new HashMap<>();

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            passes.issue(second.id(), seeker);
            inside.putAll(counted.tallies(second.id()));
            throw new IllegalStateException("the record's transaction fails after the pass");
        })).hasMessageContaining("fails after the pass");

        assertThat(inside).isEqualTo(Map.of("registered/", 1L, "registered/VETERAN", 1L));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pass WHERE fair_id = ?").param(second.id()).query(Long.class)
                .single()).isZero();
        assertThat(asOrganiser(() -> stats.figures(second.id())).registered()).isZero();
        assertThat(counted.tallies(second.id())).isEmpty();

        tx.executeWithoutResult(status -> passes.issue(second.id(), seeker));
        assertThat(asOrganiser(() -> stats.figures(second.id())).registered()).isEqualTo(1);
        counted.assertTalliesMatchRecords(second.id(), clock.getZone());
    }

    /** The tally never writes on its own: a fact published outside a record's transaction is refused. */
    @Test
    void aFactOutsideARecordsTransactionIsRefused() {
        FairInfo fair = testFair.openFair("无事务 " + UUID.randomUUID());
        PassRef pass = testFair.register(fair.id(), "孙丽");

        assertThatThrownBy(() -> events.publishEvent(new PassIssued(pass.passId(), fair.id(), pass.jobSeekerId())))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(asOrganiser(() -> stats.figures(fair.id())).registered()).isEqualTo(1);
    }

    /** The tallies {@code event} changes, published alone in a transaction that is rolled back afterwards. */
    private Map<String, Long> movedBy(Object event, long fairId) {
        return tx.execute(status -> {
            Map<String, Long> before = counted.tallies(fairId);
            events.publishEvent(event);
            Map<String, Long> after = counted.tallies(fairId);
            status.setRollbackOnly();
            Map<String, Long> moved = new HashMap<>();
            Set<String> items = new HashSet<>(before.keySet());
            items.addAll(after.keySet());
            for (String item : items) {
                long n = after.getOrDefault(item, 0L) - before.getOrDefault(item, 0L);
                if (n != 0) {
                    moved.put(item, n);
                }
            }
            return moved;
        });
    }

    private static Set<Class<?>> listenedTo() {
        return Arrays.stream(FairTally.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventListener.class))
                .map(Method::getParameterTypes)
                .map(types -> types[0])
                .collect(Collectors.toSet());
    }
}
