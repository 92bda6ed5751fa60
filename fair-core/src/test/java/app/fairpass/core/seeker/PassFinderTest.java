package app.fairpass.core.seeker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fairpass.core.TestFair;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.kiosk.KioskInfo;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class PassFinderTest {
    @Autowired
    PassFinder finder;
    @Autowired
    RegistrationService registrations;
    @Autowired
    TestFair testFair;
    @Autowired
    JdbcClient jdbc;

    @Test
    void findsAPersonByPhoneWithTheNameMaskedAndGivesThePassOnlyOnceAsked() {
        FairInfo fair = testFair.openFair("找回 " + UUID.randomUUID());
        KioskInfo kiosk = testFair.kiosk(fair.id());
        String phone = newPhone();
        RegistrationResult registered = registrations.register(fair.id(), form("张小燕", phone), Channel.ONLINE);
        String code = registered.pass().code().text();

        assertThat(TestFair.asKiosk(kiosk, () -> finder.findByPhone(phone))).contains(new FoundPass("张*燕"));
        String typed = "+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + " " + phone.substring(7);
        assertThat(TestFair.asKiosk(kiosk, () -> finder.findByPhone(typed))).as(typed)
                .contains(new FoundPass("张*燕"));
        assertThat(TestFair.asKiosk(kiosk, () -> finder.findByPhone("12345"))).isEmpty();
        assertThat(TestFair.asKiosk(kiosk, () -> finder.findByPhone("13900000000"))).isEmpty();
        assertThat(TestFair.asKiosk(kiosk, () -> finder.passByPhone(phone))).contains(code);
        assertThat(auditEntries(registered.seeker().id(), fair))
                .containsExactly("PASS_FOUND_BY_PHONE kiosk:" + kiosk.id() + " -");
        assertThatThrownBy(() -> TestFair.asOrganiser(() -> finder.findByPhone(phone)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestFair.asOrganiser(() -> finder.passByPhone(phone)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPersonRegisteredForAnotherFairGetsAPassForThisOneWhenTheyConfirmAndNotBefore() {
        FairInfo earlier = testFair.openFair("上周 " + UUID.randomUUID());
        FairInfo today = testFair.openFair("今天 " + UUID.randomUUID());
        KioskInfo kiosk = testFair.kiosk(today.id());
        String phone = newPhone();
        long seekerId = registrations.register(earlier.id(), form("王堃珺", phone), Channel.ONLINE).seeker().id();

        assertThat(TestFair.asKiosk(kiosk, () -> finder.findByPhone(phone))).contains(new FoundPass("王*珺"));
        assertThat(passesOf(seekerId, today)).as("looking someone up issues nothing").isZero();

        String code = TestFair.asKiosk(kiosk, () -> finder.passByPhone(phone)).orElseThrow();

        assertThat(passesOf(seekerId, today)).isEqualTo(1);
        assertThat(TestFair.asKiosk(kiosk, () -> finder.passByPhone(phone))).as("the same pass again").contains(code);
        assertThat(passesOf(seekerId, today)).isEqualTo(1);
        assertThat(auditEntries(seekerId, today)).containsExactly(
                "PASS_FOUND_BY_PHONE kiosk:" + kiosk.id() + " new pass for this fair",
                "PASS_FOUND_BY_PHONE kiosk:" + kiosk.id() + " -");
    }

    private long passesOf(long seekerId, FairInfo fair) {
        return jdbc.sql("SELECT COUNT(*) FROM pass WHERE job_seeker_id = ? AND fair_id = ?")
                .params(seekerId, fair.id()).query(Long.class).single();
    }

    private List<String> auditEntries(long seekerId, FairInfo fair) {
        return jdbc.sql("SELECT a.action || ' ' || a.actor || ' ' || COALESCE(a.detail, '-') FROM audit_log a"
                + " JOIN pass p ON a.target = 'pass:' || p.id WHERE p.job_seeker_id = ? AND p.fair_id = ?"
                + " AND a.action = 'PASS_FOUND_BY_PHONE' ORDER BY a.id").params(seekerId, fair.id())
                .query(String.class).list();
    }

    private static SeekerRegistration form(String name, String phone) {
        return new SeekerRegistration(name, phone, null, Set.of(), null, true, false, false);
    }

    private static String newPhone() {
        return "139" + String.valueOf(System.nanoTime()).substring(0, 8);
    }

    @Test
    void masksNamesOfAnyLength() {
        assertThat(FoundPass.mask("王")).isEqualTo("王");
        assertThat(FoundPass.mask("王芳")).isEqualTo("王*");
        assertThat(FoundPass.mask("欧阳明华")).isEqualTo("欧**华");
        assertThat(FoundPass.mask("Anna Schmidt")).isEqualTo("A**********t");
    }
}
