package app.fairpass.core.kiosk;

import static app.fairpass.core.TestFair.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.TestFair;
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
    void anExpiredCodePairsNothing() {
        KioskInfo kiosk = testFair.kiosk(testFair.openFair("过期 " + UUID.randomUUID()).id());
        PairingCode code = asOrganiser(() -> kiosks.newPairingCode(kiosk.id()));
        jdbc.sql("UPDATE kiosk_device SET pairing_expires_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))), kiosk.id()).update();

        assertThat(kiosks.pair(code.code())).isEmpty();
    }
}
