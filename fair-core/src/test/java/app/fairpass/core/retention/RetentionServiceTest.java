package app.fairpass.core.retention;

import static app.fairpass.core.TestFair.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.TestFair;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.booth.BoothRecordCommand;
import app.fairpass.core.booth.BoothRecordService;
import app.fairpass.core.booth.RecordKind;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.pass.PassRef;
import app.fairpass.core.stats.FairFigures;
import app.fairpass.core.stats.FairStatsService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The purge's own SQL (an update through a subquery with a time cut-off), on H2 and in the PostgreSQL run. */
@SpringBootTest
class RetentionServiceTest {
    @Autowired
    RetentionService retention;
    @Autowired
    FairService fairs;
    @Autowired
    FairStatsService stats;
    @Autowired
    BoothRecordService booth;
    @Autowired
    TestFair testFair;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aFairClosedLongerThanTheRetentionPeriodLosesItsPeoplesPersonalDataButNoFigure() {
        FairInfo fair = testFair.openFair("保留期 " + UUID.randomUUID());
        long employerId = testFair.employerWithBooth(fair.id(), "保留期单位 " + UUID.randomUUID(), "A01", 3);
        FairPassUser staff = testFair.staffOf(employerId);
        PassRef first = testFair.register(fair.id(), "周敏", "COLLEGE_GRADUATE");
        testFair.register(fair.id(), "吴昊");
        TestFair.as(staff, () -> booth.record(new BoothRecordCommand(fair.id(), first.shortId(), RecordKind.RESUME,
                null, "会说英语", null, null)));
        asOrganiser(() -> fairs.changeStatus(fair.id(), FairStatus.CLOSED));
        FairFigures before = asOrganiser(() -> stats.figures(fair.id()));
        assertThat(asOrganiser(retention::due)).as("closed today: not yet due").isZero();

        jdbc.sql("UPDATE fair SET closed_at = :at WHERE id = :fair")
                .param("at", Timestamp.from(clock.instant().minus(Duration.ofDays(asOrganiser(retention::retentionDays) + 1L))))
                .param("fair", fair.id()).update();
        int purged = asOrganiser(retention::purge);

        assertThat(purged).isEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT s.name, s.phone, s.purged_at FROM job_seeker s JOIN pass p ON p.job_seeker_id = s.id
                WHERE p.fair_id = :fair""").param("fair", fair.id())
                .query((rs, row) -> rs.getString("name") + "|" + rs.getString("phone") + "|"
                        + (rs.getTimestamp("purged_at") != null))
                .list()).containsOnly(RetentionService.PURGED_NAME + "|null|true");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booth_record WHERE fair_id = :fair AND note IS NOT NULL")
                .param("fair", fair.id()).query(Long.class).single()).isZero();
        assertThat(asOrganiser(() -> stats.figures(fair.id()))).isEqualTo(before);
        assertThat(asOrganiser(retention::due)).as("nobody left to purge").isZero();
    }
}
