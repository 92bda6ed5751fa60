package app.fairpass.core.seeker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fairpass.core.TestFair;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.kiosk.KioskInfo;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class PassFinderTest {
    @Autowired
    PassFinder finder;
    @Autowired
    RegistrationService registrations;
    @Autowired
    TestFair testFair;

    @Test
    void findsTheKiosksFairsPassByPhoneWithTheNameMasked() {
        FairInfo fair = testFair.openFair("找回 " + UUID.randomUUID());
        FairInfo other = testFair.openFair("别处 " + UUID.randomUUID());
        KioskInfo kiosk = testFair.kiosk(fair.id());
        KioskInfo elsewhere = testFair.kiosk(other.id());
        String phone = "139" + String.valueOf(System.nanoTime()).substring(0, 8);
        String code = registrations.register(fair.id(), new SeekerRegistration("张小燕", phone, null, Set.of(), null,
                true, false, false), Channel.ONLINE).pass().code().text();

        assertThat(TestFair.asKiosk(kiosk, () -> finder.findByPhone(phone)))
                .contains(new FoundPass("张*燕", code));
        String typed = "+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + " " + phone.substring(7);
        assertThat(TestFair.asKiosk(kiosk, () -> finder.findByPhone(typed))).as(typed)
                .contains(new FoundPass("张*燕", code));
        assertThat(TestFair.asKiosk(elsewhere, () -> finder.findByPhone(phone))).as("not registered there").isEmpty();
        assertThat(TestFair.asKiosk(kiosk, () -> finder.findByPhone("12345"))).isEmpty();
        assertThatThrownBy(() -> TestFair.asOrganiser(() -> finder.findByPhone(phone)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void masksNamesOfAnyLength() {
        assertThat(FoundPass.mask("王")).isEqualTo("王");
        assertThat(FoundPass.mask("王芳")).isEqualTo("王*");
        assertThat(FoundPass.mask("欧阳明华")).isEqualTo("欧**华");
        assertThat(FoundPass.mask("Anna Schmidt")).isEqualTo("A**********t");
    }
}
