package app.fairpass.core.stats;

import static app.fairpass.core.TestFair.asKiosk;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.TestFair;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.booth.BoothRecordResult;
import app.fairpass.core.booth.RecordKind;
import app.fairpass.core.checkin.CheckInOutcome;
import app.fairpass.core.checkin.CheckInRequest;
import app.fairpass.core.checkin.CheckInService;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.employer.PositionInfo;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.pass.PassRef;
import app.fairpass.core.seeker.Channel;
import app.fairpass.core.seeker.Education;
import app.fairpass.core.seeker.RegistrationResult;
import app.fairpass.core.seeker.RegistrationService;
import app.fairpass.core.seeker.SeekerRegistration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A random but repeatable fair day through the real services, at two fairs at once: registrations (people at both
 * fairs, key groups changed by a later registration), check-ins at two kiosks each with repeats, booth records
 * with repeat scans that move an intention to another position, and one person's intentions at several employers.
 * Every few steps each figure from the tallies must equal the count of the records.
 */
@SpringBootTest
class FairTallyWorkloadTest {
    private static final List<String> KEY_GROUPS = List.of("COLLEGE_GRADUATE", "EMPLOYMENT_DIFFICULTY",
            "RETIRED_FISHERMAN", "MIGRANT_WORKER", "VETERAN", "UNEMPLOYED");
    private static final int PEOPLE = 40;
    private static final int STEPS = 400;

    @Autowired
    TestFair testFair;
    @Autowired
    RegistrationService registrations;
    @Autowired
    CheckInService checkIns;
    @Autowired
    EmployerService employers;
    @Autowired
    CountedFigures counted;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    private final Random random = new Random(20261127);

    @Test
    void talliesEqualTheRecordsThroughoutARandomFairDay() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Fair> fairs = List.of(fair("甲 " + run), fair("乙 " + run));
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            phones.add(String.valueOf(17_000_000_000L + i)); // a database of its own each run: fixed is fine
        }
        Map<String, Set<String>> groupsOf = new HashMap<>();
        Map<String, Long> intentionAt = new HashMap<>();
        Map<String, Integer> did = new TreeMap<>();

        for (int step = 1; step <= STEPS; step++) {
            Fair fair = fairs.get(random.nextInt(fairs.size()));
            int action = random.nextInt(10);
            if (action < 2 || fair.passes.isEmpty()) {
                // A registration: a new person, someone again (same answers or new key groups), or at the other fair.
                String phone = phones.get(random.nextInt(phones.size()));
                Set<String> groups = random.nextInt(3) == 0 || !groupsOf.containsKey(phone) ? someKeyGroups()
                        : groupsOf.get(phone);
                Set<String> before = groupsOf.put(phone, groups);
                RegistrationResult result = registrations.register(fair.info.id(), new SeekerRegistration(
                        "求职者" + phone.substring(7), phone, Education.BACHELOR, groups, null, true, true, true),
                        Channel.DESK);
                fair.passes.put(phone, result.pass());
                did.merge(before != null && !before.equals(groups) ? "key groups changed" : "registration", 1,
                        Integer::sum);
            } else if (action < 5) {
                PassRef pass = any(fair.passes);
                KioskInfo kiosk = fair.kiosks.get(random.nextInt(fair.kiosks.size()));
                CheckInOutcome outcome = asKiosk(kiosk, () -> checkIns.checkIn(new CheckInRequest(kiosk.id(),
                        pass.code().text(), null, null))).outcome();
                assertThat(outcome).isIn(CheckInOutcome.CHECKED_IN, CheckInOutcome.ALREADY_CHECKED_IN);
                did.merge(outcome == CheckInOutcome.CHECKED_IN ? "first entry" : "entry again", 1, Integer::sum);
            } else {
                int booth = random.nextInt(fair.employers.size());
                List<PositionInfo> positions = fair.positions.get(booth);
                RecordKind kind = random.nextBoolean() ? RecordKind.RESUME : RecordKind.INTENTION;
                Long position = random.nextInt(4) == 0 ? null
                        : positions.get(random.nextInt(positions.size())).id();
                PassRef pass = any(fair.passes);
                BoothRecordResult result = testFair.record(fair.staff.get(booth), fair.info, pass, kind, position);
                assertThat(result.outcome()).isIn(BoothRecordResult.Outcome.RECORDED,
                        BoothRecordResult.Outcome.UPDATED);
                if (kind == RecordKind.RESUME) {
                    did.merge("resume", 1, Integer::sum);
                } else {
                    String record = fair.employers.get(booth) + "/" + pass.passId();
                    boolean moved = intentionAt.containsKey(record)
                            && !Objects.equals(intentionAt.get(record), position);
                    intentionAt.put(record, position);
                    did.merge(moved ? "intention moved" : "intention", 1, Integer::sum);
                }
            }
            if (step % 100 == 0) {
                fairs.forEach(f -> counted.assertTalliesMatchRecords(f.info.id(), clock.getZone()));
            }
        }
        assertThat(did).as("each kind of step, more than a few times").hasSize(7)
                .allSatisfy((what, times) -> assertThat(times).as(what).isGreaterThan(5));
        for (Fair fair : fairs) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM (SELECT job_seeker_id FROM booth_record WHERE fair_id = ?"
                    + " AND kind = 'INTENTION' GROUP BY job_seeker_id HAVING COUNT(*) > 1) x").param(fair.info.id())
                    .query(Long.class).single()).as("people with intentions at two employers").isPositive();
        }
    }

    private Fair fair(String name) {
        FairInfo info = testFair.openFair("随机招聘会 " + name);
        Fair fair = new Fair(info, List.of(testFair.kiosk(info.id()), testFair.kiosk(info.id())));
        for (int i = 0; i < 3; i++) {
            long employer = testFair.employerWithBooth(info.id(), "随机单位 " + name + " " + i, "R0" + i, 3, 5, 8);
            fair.employers.add(employer);
            fair.staff.add(testFair.staffOf(employer));
            fair.positions.add(TestFair.asOrganiser(() -> employers.positionsOf(info.id(), employer)));
        }
        return fair;
    }

    private Set<String> someKeyGroups() {
        Set<String> groups = new HashSet<>();
        int count = random.nextInt(3);
        while (groups.size() < count) {
            groups.add(KEY_GROUPS.get(random.nextInt(KEY_GROUPS.size())));
        }
        return groups;
    }

    private PassRef any(Map<String, PassRef> passes) {
        return new ArrayList<>(passes.values()).get(random.nextInt(passes.size()));
    }

    private static final class Fair {
        final FairInfo info;
        final List<KioskInfo> kiosks;
        final List<Long> employers = new ArrayList<>();
        final List<FairPassUser> staff = new ArrayList<>();
        final List<List<PositionInfo>> positions = new ArrayList<>();
        /** By phone, in order, so the same seed picks the same people. */
        final Map<String, PassRef> passes = new TreeMap<>();

        Fair(FairInfo info, List<KioskInfo> kiosks) {
            this.info = info;
            this.kiosks = kiosks;
        }
    }
}
