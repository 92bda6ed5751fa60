package app.fairpass.core.stats;

import static app.fairpass.core.TestFair.asKiosk;
import static app.fairpass.core.TestFair.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.fairpass.core.TestFair;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.booth.RecordKind;
import app.fairpass.core.checkin.CheckInRequest;
import app.fairpass.core.checkin.CheckInService;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.pass.PassRef;
import app.fairpass.core.seeker.SeekerAdminService;
import app.fairpass.core.seeker.SeekerRow;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The dashboard's and the organiser lists' queries, counted on a hand-made fair. */
@SpringBootTest
class BoothAndPositionFiguresTest {
    @Autowired
    FairStatsService stats;
    @Autowired
    SeekerAdminService seekers;
    @Autowired
    CheckInService checkIns;
    @Autowired
    EmployerService employers;
    @Autowired
    TestFair testFair;

    @Test
    void boothsPositionsAndFollowUpCountExactly() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        FairInfo fair = testFair.openFair("大屏统计 " + suffix);
        KioskInfo kiosk = testFair.kiosk(fair.id());
        long a = testFair.employerWithBooth(fair.id(), "甲公司 " + suffix, "A01", 5, 3);
        long b = testFair.employerWithBooth(fair.id(), "乙公司 " + suffix, "B02", 10);
        testFair.employerWithBooth(fair.id(), "丙公司 " + suffix, "C03", 1);
        FairPassUser staffA = testFair.staffOf(a);
        FairPassUser staffB = testFair.staffOf(b);
        PassRef graduate = testFair.register(fair.id(), "李珺", "COLLEGE_GRADUATE");
        PassRef difficulty = testFair.register(fair.id(), "赵赟", "EMPLOYMENT_DIFFICULTY");
        PassRef veteran = testFair.register(fair.id(), "孙昇", "VETERAN");
        PassRef nobody = testFair.register(fair.id(), "Anna Schmidt");
        for (PassRef pass : new PassRef[] {graduate, difficulty, veteran, nobody}) {
            asKiosk(kiosk, () -> checkIns.checkIn(new CheckInRequest(kiosk.id(), pass.code().text(), null, null)));
        }
        long positionA1 = TestFair.asOrganiser(() -> employers.positionsOf(fair.id(), a)).get(0).id();
        long positionB = TestFair.asOrganiser(() -> employers.positionsOf(fair.id(), b)).get(0).id();
        testFair.record(staffA, fair, graduate, RecordKind.RESUME, null);
        testFair.record(staffA, fair, difficulty, RecordKind.RESUME, null);
        testFair.record(staffB, fair, graduate, RecordKind.RESUME, null);
        testFair.record(staffA, fair, graduate, RecordKind.INTENTION, positionA1);
        testFair.record(staffB, fair, difficulty, RecordKind.INTENTION, positionB);
        testFair.record(staffA, fair, nobody, RecordKind.INTENTION, positionA1);

        assertThat(asOrganiser(() -> stats.boothFigures(fair.id()))).containsExactly(
                new BoothFigures("A01", "甲公司 " + suffix, 8, 2, 2),
                new BoothFigures("B02", "乙公司 " + suffix, 10, 1, 1),
                new BoothFigures("C03", "丙公司 " + suffix, 1, 0, 0));
        assertThat(asOrganiser(() -> stats.topPositions(fair.id(), 2))).containsExactly(
                new PositionFigures("岗位1", "甲公司 " + suffix, 5, 2),
                new PositionFigures("岗位1", "乙公司 " + suffix, 10, 1));
        assertThat(asOrganiser(() -> stats.topPositions(fair.id(), 10))).extracting(PositionFigures::intentions)
                .doesNotContain(0L).hasSize(2);

        testFair.record(staffA, fair, graduate, RecordKind.RESUME, null);
        assertThat(asOrganiser(() -> stats.boothFigures(fair.id()))).as("a repeat scan updates its record")
                .first().isEqualTo(new BoothFigures("A01", "甲公司 " + suffix, 8, 2, 2));

        // The veteran came and reached nothing; the graduate and the person with difficulty reached intentions;
        // Anna belongs to no key group.
        assertThat(asOrganiser(() -> seekers.followUp(fair.id()))).extracting(SeekerRow::name, SeekerRow::keyGroups)
                .containsExactly(tuple("孙昇", List.of("VETERAN")));
        assertThat(asOrganiser(() -> seekers.search(fair.id(), "赵", 10))).extracting(SeekerRow::name)
                .containsExactly("赵赟");
        assertThat(asOrganiser(() -> seekers.search(fair.id(), "%", 10))).as("LIKE wildcards are literal").isEmpty();
    }

}
