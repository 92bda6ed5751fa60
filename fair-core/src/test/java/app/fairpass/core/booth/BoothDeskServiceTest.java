package app.fairpass.core.booth;

import static app.fairpass.core.TestFair.as;
import static app.fairpass.core.TestFair.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.fairpass.core.TestFair;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.pass.PassRef;
import app.fairpass.core.seeker.Channel;
import app.fairpass.core.seeker.Education;
import app.fairpass.core.seeker.RegistrationService;
import app.fairpass.core.seeker.SeekerRegistration;
import app.fairpass.core.stats.BoothFigures;
import app.fairpass.core.stats.FairStatsService;
import app.fairpass.core.stats.PositionFigures;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** What a booth can read: its own records only, and of a person only what they agreed to share. */
@SpringBootTest
class BoothDeskServiceTest {
    @Autowired
    BoothDeskService desk;
    @Autowired
    BoothRecordService recorder;
    @Autowired
    RegistrationService registrations;
    @Autowired
    TestFair testFair;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FairStatsService stats;

    FairInfo fair;
    long employerA;
    long employerB;
    FairPassUser staffA;
    FairPassUser staffB;
    PassRef sharing;
    PassRef private_;

    @BeforeEach
    void fair() {
        fair = testFair.openFair("展位隔离 " + UUID.randomUUID());
        employerA = testFair.employerWithBooth(fair.id(), "甲公司 " + UUID.randomUUID(), "A01", 5);
        employerB = testFair.employerWithBooth(fair.id(), "乙公司 " + UUID.randomUUID(), "B01", 3);
        staffA = testFair.staffOf(employerA);
        staffB = testFair.staffOf(employerB);
        sharing = testFair.register(fair.id(), "陈喆");
        private_ = registrations.register(fair.id(), new SeekerRegistration("李昇", "13700000" + (int) (Math.random() * 900 + 100),
                Education.HIGH_SCHOOL, Set.of(), "仓管", true, false, false), Channel.ONLINE).pass();
    }

    @Test
    void aCardShowsOnlyWhatThePersonAgreedToShare() {
        BoothCard shared = as(staffA, () -> desk.lookup(fair.id(), sharing.code().text())).card();
        BoothCard hidden = as(staffA, () -> desk.lookup(fair.id(), private_.shortId())).card();

        assertThat(shared.shared()).isTrue();
        assertThat(shared.name()).isEqualTo("陈喆");
        assertThat(hidden.shared()).isFalse();
        assertThat(hidden.name()).isNull();
        assertThat(hidden.education()).isNull();
        assertThat(hidden.badgeLine()).isNull();
        assertThat(hidden.shortId()).isEqualTo(private_.shortId());
    }

    @Test
    void anEmployerSeesItsOwnRecordsOnlyAndTotalsCountThem() {
        record(staffA, sharing, RecordKind.RESUME, null);
        record(staffA, private_, RecordKind.RESUME, null);
        long positionA = as(staffA, () -> desk.positions(fair.id())).get(0).positionId();
        record(staffA, sharing, RecordKind.INTENTION, positionA);
        record(staffB, sharing, RecordKind.RESUME, null);

        assertThat(as(staffA, () -> desk.entries(fair.id()))).hasSize(3)
                .extracting(BoothEntry::name).containsOnly("陈喆", null);
        assertThat(BoothTotals.of(as(staffA, () -> desk.entries(fair.id())))).isEqualTo(new BoothTotals(2, 1, 2));
        assertThat(as(staffB, () -> desk.entries(fair.id()))).singleElement()
                .extracting(BoothEntry::kind).isEqualTo(RecordKind.RESUME);
        assertThat(as(staffA, () -> desk.positions(fair.id()))).singleElement()
                .extracting(PositionTally::intentions).isEqualTo(1L);
        BoothCard seenByB = as(staffB, () -> desk.lookup(fair.id(), sharing.shortId())).card();
        assertThat(seenByB.intention()).isEmpty();
        assertThat(seenByB.resume()).isPresent();
    }

    @Test
    void noRouteLeadsToAnotherEmployersData() {
        FairInfo elsewhere = testFair.openFair("别处 " + UUID.randomUUID());
        long bPositionElsewhere = testFair.employerWithBooth(elsewhere.id(), "丙公司 " + UUID.randomUUID(), "C01", 2);

        assertThatThrownBy(() -> as(staffA, () -> desk.entries(elsewhere.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(staffA, () -> desk.lookup(elsewhere.id(), sharing.shortId())))
                .isInstanceOf(AccessDeniedException.class);
        long positionB = as(staffB, () -> desk.positions(fair.id())).get(0).positionId();
        assertThat(as(staffA, () -> recorder.record(new BoothRecordCommand(fair.id(), sharing.shortId(),
                RecordKind.INTENTION, positionB, null, null, null))).outcome())
                .isEqualTo(BoothRecordResult.Outcome.INVALID_POSITION);
        assertThat(bPositionElsewhere).isPositive();
        assertThatThrownBy(() -> TestFair.asKiosk(() -> desk.entries(fair.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    /**
     * The booth's own figures and the organisers' are one: its intentions per position come from the dashboard's
     * tally, and the totals it counts from the records it lists mean what the dashboard's booth figures mean, through
     * a repeat scan, an intention moved to another position and one that names none.
     */
    @Test
    void theBoothsFiguresAreTheDashboards() {
        String nameC = "丙公司 " + UUID.randomUUID();
        long employerC = testFair.employerWithBooth(fair.id(), nameC, "C01", 2, 4);
        FairPassUser staffC = testFair.staffOf(employerC);
        List<Long> positionsC = as(staffC, () -> desk.positions(fair.id())).stream().map(PositionTally::positionId)
                .toList();
        record(staffC, sharing, RecordKind.INTENTION, positionsC.get(0));
        record(staffC, private_, RecordKind.INTENTION, positionsC.get(0));
        record(staffC, sharing, RecordKind.INTENTION, positionsC.get(1));
        record(staffC, private_, RecordKind.RESUME, null);
        record(staffC, private_, RecordKind.RESUME, null);
        record(staffA, sharing, RecordKind.INTENTION, null);

        List<PositionTally> booth = as(staffC, () -> desk.positions(fair.id()));
        assertThat(booth).extracting(PositionTally::title, PositionTally::intentions)
                .containsExactly(tuple("岗位1", 1L), tuple("岗位2", 1L));
        assertThat(asOrganiser(() -> stats.topPositions(fair.id(), 100)))
                .filteredOn(position -> position.employerName().equals(nameC))
                .extracting(PositionFigures::title, PositionFigures::intentions)
                .containsExactlyInAnyOrderElementsOf(booth.stream()
                        .map(position -> tuple(position.title(), position.intentions())).toList());
        assertThat(as(staffA, () -> desk.positions(fair.id()))).extracting(PositionTally::intentions)
                .as("an intention naming no position").containsExactly(0L);

        List<BoothFigures> dashboard = asOrganiser(() -> stats.boothFigures(fair.id()));
        BoothTotals totalsA = BoothTotals.of(as(staffA, () -> desk.entries(fair.id())));
        BoothTotals totalsC = BoothTotals.of(as(staffC, () -> desk.entries(fair.id())));
        assertThat(dashboard).extracting(BoothFigures::boothNumber, BoothFigures::resumes, BoothFigures::intentions)
                .contains(tuple("A01", totalsA.resumes(), totalsA.intentions()),
                        tuple("C01", totalsC.resumes(), totalsC.intentions()));
        assertThat(totalsC).isEqualTo(new BoothTotals(1, 2, 2));
    }

    @Test
    void exportsAreAudited() {
        record(staffA, sharing, RecordKind.RESUME, null);
        long before = auditRows();

        assertThat(as(staffA, () -> desk.export(fair.id(), "CSV"))).hasSize(1);
        assertThat(auditRows()).isEqualTo(before + 1);
    }

    private long auditRows() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'EXPORT_BOOTH_RECORDS'").query(Long.class)
                .single();
    }

    private void record(FairPassUser staff, PassRef pass, RecordKind kind, Long positionId) {
        as(staff, () -> recorder.record(new BoothRecordCommand(fair.id(), pass.code().text(), kind, positionId,
                null, null, null)));
    }
}
