package app.fairpass.core.stats;

import static app.fairpass.core.TestFair.asKiosk;
import static app.fairpass.core.TestFair.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.TestFair;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.booth.RecordKind;
import app.fairpass.core.checkin.CheckInRequest;
import app.fairpass.core.checkin.CheckInService;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.pass.PassRef;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class FairStatsServiceTest {
    @Autowired
    FairStatsService stats;
    @Autowired
    CheckInService checkIns;
    @Autowired
    EmployerService employers;
    @Autowired
    TestFair testFair;
    @Autowired
    Clock clock;

    /**
     * A hand-made fair: 2 employers offering 5 + 3 and 10 positions; 5 registered, 4 checked in; 4 resume records
     * (one scanned twice) from 3 people at 2 employers; 2 intentions by the same person count as 1 person.
     */
    @Test
    void countsAHandMadeFairExactly() {
        FairInfo fair = testFair.openFair("统计测试 " + UUID.randomUUID());
        KioskInfo kiosk = testFair.kiosk(fair.id());
        long a = testFair.employerWithBooth(fair.id(), "恒瑞精密机械有限公司 " + UUID.randomUUID(), "A01", 5, 3);
        long b = testFair.employerWithBooth(fair.id(), "嘉德食品有限公司 " + UUID.randomUUID(), "A02", 10);
        FairPassUser staffA = testFair.staffOf(a);
        FairPassUser staffB = testFair.staffOf(b);
        PassRef graduate1 = testFair.register(fair.id(), "李珺", "COLLEGE_GRADUATE");
        PassRef graduate2 = testFair.register(fair.id(), "王堃", "COLLEGE_GRADUATE");
        PassRef difficulty = testFair.register(fair.id(), "赵赟", "EMPLOYMENT_DIFFICULTY", "UNEMPLOYED");
        PassRef veteran = testFair.register(fair.id(), "孙昇", "VETERAN");
        testFair.register(fair.id(), "Anna Schmidt");

        for (PassRef pass : List.of(graduate1, graduate2, difficulty, veteran)) {
            asKiosk(kiosk, () -> checkIns.checkIn(new CheckInRequest(kiosk.id(), pass.code().text(), null, null)));
        }
        asKiosk(kiosk, () -> checkIns.checkIn(new CheckInRequest(kiosk.id(), graduate1.code().text(), null, null)));

        long positionA = TestFair.asOrganiser(() -> employers.positionsOf(fair.id(), a)).get(0).id();
        long positionB = TestFair.asOrganiser(() -> employers.positionsOf(fair.id(), b)).get(0).id();
        testFair.record(staffA, fair, graduate1, RecordKind.RESUME, null);
        testFair.record(staffA, fair, graduate1, RecordKind.RESUME, null);
        testFair.record(staffA, fair, graduate2, RecordKind.RESUME, null);
        testFair.record(staffA, fair, difficulty, RecordKind.RESUME, null);
        testFair.record(staffB, fair, graduate1, RecordKind.RESUME, null);
        testFair.record(staffA, fair, graduate1, RecordKind.INTENTION, positionA);
        testFair.record(staffB, fair, graduate1, RecordKind.INTENTION, positionB);
        testFair.record(staffB, fair, difficulty, RecordKind.INTENTION, positionB);

        FairFigures figures = asOrganiser(() -> stats.figures(fair.id()));

        assertThat(figures.employers()).isEqualTo(2);
        assertThat(figures.positionsOffered()).isEqualTo(18);
        assertThat(figures.positionCount()).isEqualTo(3);
        assertThat(figures.registered()).isEqualTo(5);
        assertThat(figures.checkedIn()).isEqualTo(4);
        assertThat(figures.resumes()).isEqualTo(4);
        assertThat(figures.intentions()).isEqualTo(2);
        assertThat(figures.byKeyGroup()).extracting(KeyGroupFigures::code, KeyGroupFigures::registered,
                KeyGroupFigures::checkedIn, KeyGroupFigures::resumes, KeyGroupFigures::intentions)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("COLLEGE_GRADUATE", 2L, 2L, 3L, 1L),
                        org.assertj.core.groups.Tuple.tuple("EMPLOYMENT_DIFFICULTY", 1L, 1L, 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("RETIRED_FISHERMAN", 0L, 0L, 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple("MIGRANT_WORKER", 0L, 0L, 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple("VETERAN", 1L, 1L, 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple("UNEMPLOYED", 1L, 1L, 1L, 1L));
        assertThat(figures.arrivals()).extracting(ArrivalSlot::start).contains(LocalTime.of(9, 0),
                LocalTime.of(11, 45));
        LocalTime now = FairStatsService.slotOf(Instant.now(clock).atZone(clock.getZone()).toLocalTime());
        assertThat(figures.arrivals()).filteredOn(slot -> slot.start().equals(now)).singleElement()
                .extracting(ArrivalSlot::count).isEqualTo(4L);
        assertThat(figures.arrivals().stream().mapToLong(ArrivalSlot::count).sum()).isEqualTo(4);
    }

}
