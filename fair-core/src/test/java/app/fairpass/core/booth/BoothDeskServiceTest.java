package app.fairpass.core.booth;

import static app.fairpass.core.TestFair.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fairpass.core.TestFair;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.pass.PassRef;
import app.fairpass.core.seeker.Channel;
import app.fairpass.core.seeker.Education;
import app.fairpass.core.seeker.RegistrationService;
import app.fairpass.core.seeker.SeekerRegistration;
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
