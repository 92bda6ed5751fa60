package app.fairpass.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fairpass.core.TestFair;
import app.fairpass.core.checkin.CheckInRequest;
import app.fairpass.core.checkin.CheckInService;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.pass.PassRef;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit log takes new entries only; the database itself refuses a change or a removal. */
@SpringBootTest
class AuditLogTest {
    @Autowired
    TestFair testFair;
    @Autowired
    CheckInService checkIns;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCheckInIsAuditedAndNoEntryCanBeChangedOrRemoved() {
        FairInfo fair = testFair.openFair("审计测试 " + UUID.randomUUID());
        KioskInfo kiosk = testFair.kiosk(fair.id());
        PassRef pass = testFair.register(fair.id(), "周婷");
        TestFair.asKiosk(kiosk, () -> checkIns.checkIn(new CheckInRequest(kiosk.id(), pass.code().text(), "a1", null)));
        String target = "pass:" + pass.passId();
        long entries = jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single();

        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'CHECK_IN' AND target = ?").param(target)
                .query(String.class).single()).isEqualTo("kiosk:" + kiosk.id());
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET detail = 'edited' WHERE target = ?").param(target)
                .update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single()).isEqualTo(entries);
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'CHECK_IN' AND target = ?").param(target)
                .query(String.class).single()).isEqualTo("kiosk:" + kiosk.id());
    }
}
