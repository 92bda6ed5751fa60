package app.fairpass.core.kiosk;

import static app.fairpass.core.TestFair.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.SteppedClock;
import app.fairpass.core.TestFair;
import app.fairpass.core.audit.AuditLog;
import app.fairpass.core.fair.FairInfo;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class KioskPairingTest {
    @Autowired
    KioskService kiosks;
    @Autowired
    TestFair testFair;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aPairingCodeWorksOnceAndGivesADeviceCredentialStoredOnlyAsAHash() {
        FairInfo fair = testFair.openFair("配对 " + UUID.randomUUID());
        KioskInfo kiosk = testFair.kiosk(fair.id());
        PairingCode code = asOrganiser(() -> kiosks.newPairingCode(kiosk.id()));

        Optional<PairedKiosk> paired = kiosks.pair(code.code().substring(0, 4) + " " + code.code().substring(4));

        assertThat(code.code()).matches("[0-9]{8}");
        assertThat(paired).isPresent();
        assertThat(paired.get().kiosk()).isEqualTo(new KioskPrincipal(kiosk.id(), kiosk.name(), fair.id()));
        assertThat(kiosks.pair(code.code())).as("used once").isEmpty();
        assertThat(kiosks.authenticate(paired.get().deviceToken())).contains(paired.get().kiosk());
        assertThat(kiosks.authenticate(paired.get().deviceToken() + "x")).isEmpty();
        String stored = jdbc.sql("SELECT token_hash FROM kiosk_device WHERE id = ?").param(kiosk.id())
                .query(String.class).single();
        assertThat(stored).hasSize(64).isNotEqualTo(paired.get().deviceToken());
    }

    @Test
    void aRevokedOrReplacedDeviceIsShutOutAndWrongCodesPairNothing() {
        KioskInfo kiosk = testFair.kiosk(testFair.openFair("吊销 " + UUID.randomUUID()).id());
        String first = kiosks.pair(asOrganiser(() -> kiosks.newPairingCode(kiosk.id())).code()).orElseThrow()
                .deviceToken();
        assertThat(kiosks.authenticate(first)).as("checked, so remembered for a while").isPresent();
        String second = kiosks.pair(asOrganiser(() -> kiosks.newPairingCode(kiosk.id())).code()).orElseThrow()
                .deviceToken();

        assertThat(kiosks.authenticate(first)).as("replaced by the second device").isEmpty();
        assertThat(kiosks.authenticate(second)).isPresent();

        KioskInfo revoked = asOrganiser(() -> kiosks.revoke(kiosk.id()));

        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.paired()).isFalse();
        assertThat(kiosks.authenticate(second)).isEmpty();
        assertThat(kiosks.pair("12345678")).isEmpty();
        assertThat(kiosks.pair("abc")).isEmpty();
        assertThat(kiosks.pair(null)).isEmpty();
    }

    @Test
    void aCredentialRevokedOnAnotherServerIsTakenAsGoodHereForTwoMinutesAtMost(@Autowired KioskDeviceRepository devices,
            @Autowired AuditLog audit, @Autowired TransactionTemplate tx) {
        SteppedClock steppedClock = new SteppedClock();
        KioskService thisServer = new KioskService(devices, audit, tx, steppedClock);
        KioskInfo kiosk = testFair.kiosk(testFair.openFair("另一台服务器 " + UUID.randomUUID()).id());
        String token = kiosks.pair(asOrganiser(() -> kiosks.newPairingCode(kiosk.id())).code()).orElseThrow()
                .deviceToken();
        assertThat(thisServer.authenticate(token)).isPresent();

        jdbc.sql("UPDATE kiosk_device SET token_hash = NULL, revoked_at = CURRENT_TIMESTAMP WHERE id = ?")
                .param(kiosk.id()).update();

        assertThat(thisServer.authenticate(token)).as("remembered").isPresent();
        steppedClock.advance(KioskService.CREDENTIAL_REMEMBERED_FOR);
        assertThat(thisServer.authenticate(token)).isEmpty();
    }

    @Test
    void anExpiredCodePairsNothing() {
        KioskInfo kiosk = testFair.kiosk(testFair.openFair("过期 " + UUID.randomUUID()).id());
        PairingCode code = asOrganiser(() -> kiosks.newPairingCode(kiosk.id()));
        jdbc.sql("UPDATE kiosk_device SET pairing_expires_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))), kiosk.id()).update();

        assertThat(kiosks.pair(code.code())).isEmpty();
    }
}
