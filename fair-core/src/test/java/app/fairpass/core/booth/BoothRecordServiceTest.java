package app.fairpass.core.booth;

import static app.fairpass.core.TestFair.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fairpass.core.TestFair;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.booth.BoothRecordResult.Outcome;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.employer.PositionInfo;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.pass.PassRef;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class BoothRecordServiceTest {
    @Autowired
    BoothRecordService booth;
    @Autowired
    EmployerService employers;
    @Autowired
    TestFair testFair;
    @Autowired
    JdbcClient jdbc;

    FairInfo fair;
    long employerId;
    FairPassUser staff;
    PassRef pass;

    @BeforeEach
    void fair() {
        fair = testFair.openFair("展位测试 " + UUID.randomUUID());
        employerId = testFair.employerWithBooth(fair.id(), "苏州华瑞电子科技有限公司 " + UUID.randomUUID(), "A01", 5, 3);
        staff = testFair.staffOf(employerId);
        pass = testFair.register(fair.id(), "张燕");
    }

    @Test
    void scanningTheSameBadgeAgainUpdatesInsteadOfDuplicating() {
        BoothRecordResult first = record(pass.code().text(), RecordKind.RESUME, null, null);
        BoothRecordResult second = record(pass.shortId(), RecordKind.RESUME, "会Java，可以下周面试", null);

        assertThat(first.outcome()).isEqualTo(Outcome.RECORDED);
        assertThat(second.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(second.recordId()).isEqualTo(first.recordId());
        assertThat(rows(RecordKind.RESUME)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT note FROM booth_record WHERE id = ?").param(first.recordId()).query(String.class)
                .single()).isEqualTo("会Java，可以下周面试");
    }

    @Test
    void theSameTapSentAgainGetsTheSameAnswerAndChangesNothing() {
        BoothRecordResult first = tap(RecordKind.RESUME, "第一次", "tap-1");
        BoothRecordResult again = tap(RecordKind.RESUME, "重发时不同", "tap-1");

        assertThat(again).isEqualTo(first);
        assertThat(again.outcome()).isEqualTo(Outcome.RECORDED);
        assertThat(note(first)).isEqualTo("第一次");
        assertThat(audits(first)).isEqualTo(1);

        BoothRecordResult next = tap(RecordKind.RESUME, "第二次", "tap-2");
        BoothRecordResult nextAgain = tap(RecordKind.RESUME, "第二次", "tap-2");

        assertThat(next.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(nextAgain).isEqualTo(next);
        assertThat(note(first)).isEqualTo("第二次");
        assertThat(audits(first)).isEqualTo(2);
        assertThat(rows(RecordKind.RESUME)).isEqualTo(1);
    }

    private String note(BoothRecordResult result) {
        return jdbc.sql("SELECT note FROM booth_record WHERE id = ?").param(result.recordId()).query(String.class)
                .single();
    }

    private long audits(BoothRecordResult result) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE target = ?").param("booth_record:" + result.recordId())
                .query(Long.class).single();
    }

    @Test
    void aResumeAndAnIntentionAreTwoRecords() {
        PositionInfo position = TestFair.asOrganiser(() -> employers.positionsOf(fair.id(), employerId)).get(0);
        record(pass.code().text(), RecordKind.RESUME, null, null);
        BoothRecordResult intention = record(pass.code().text(), RecordKind.INTENTION, null, position.id());

        assertThat(intention.outcome()).isEqualTo(Outcome.RECORDED);
        assertThat(rows(RecordKind.RESUME)).isEqualTo(1);
        assertThat(rows(RecordKind.INTENTION)).isEqualTo(1);
    }

    @Test
    void anotherEmployersPositionIsRefused() {
        long otherEmployer = testFair.employerWithBooth(fair.id(), "吴江盛达物流有限公司 " + UUID.randomUUID(), "B02", 2);
        PositionInfo theirs = TestFair.asOrganiser(() -> employers.positionsOf(fair.id(), otherEmployer)).get(0);

        assertThat(record(pass.code().text(), RecordKind.INTENTION, null, theirs.id()).outcome())
                .isEqualTo(Outcome.INVALID_POSITION);
        assertThat(rows(RecordKind.INTENTION)).isZero();
    }

    @Test
    void unknownAndForgedBadgesRecordNothing() {
        String code = pass.code().text();
        assertThat(record("ZZZZ-ZZZZ", RecordKind.RESUME, null, null).outcome()).isEqualTo(Outcome.UNKNOWN_PASS);
        assertThat(record(code.substring(0, code.length() - 2) + "00", RecordKind.RESUME, null, null).outcome())
                .isEqualTo(Outcome.UNKNOWN_PASS);
        assertThat(rows(RecordKind.RESUME)).isZero();
    }

    @Test
    void onlyEmployerAccountsMayRecord() {
        assertThatThrownBy(() -> TestFair.asKiosk(() -> booth.record(new BoothRecordCommand(fair.id(),
                pass.code().text(), RecordKind.RESUME, null, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private BoothRecordResult record(String scanned, RecordKind kind, String note, Long positionId) {
        return as(staff, () -> booth.record(new BoothRecordCommand(fair.id(), scanned, kind, positionId, note,
                note == null ? null : 4, UUID.randomUUID().toString())));
    }

    private BoothRecordResult tap(RecordKind kind, String note, String nonce) {
        return as(staff, () -> booth.record(new BoothRecordCommand(fair.id(), pass.code().text(), kind, null, note,
                null, nonce)));
    }

    private long rows(RecordKind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM booth_record WHERE fair_id = ? AND kind = ?").params(fair.id(),
                kind.name()).query(Long.class).single();
    }
}
