package app.fairpass.core.seeker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fairpass.core.TestFair;
import app.fairpass.core.fair.FairInfo;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class RegistrationServiceTest {
    @Autowired
    RegistrationService registrations;
    @Autowired
    TestFair testFair;
    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsEachConsentAsItsOwnChoiceAndHidesTheBadgeLineWithoutConsent() {
        FairInfo fair = testFair.openFair("登记测试 " + UUID.randomUUID());
        RegistrationResult result = registrations.register(fair.id(), form("13912345001", false), Channel.ONLINE);

        assertThat(result.outcome()).isEqualTo(RegistrationResult.Outcome.REGISTERED);
        assertThat(result.seeker().badgeLine()).isNull();
        assertThat(jdbc.sql("SELECT kind, granted FROM consent WHERE job_seeker_id = ? ORDER BY kind")
                .param(result.seeker().id()).query((rs, row) -> rs.getString("kind") + "=" + rs.getBoolean("granted"))
                .list())
                .containsExactly("PROCESSING=true", "SHARE_WITH_EMPLOYERS=true", "SHOW_LINE_ON_BADGE=false");
    }

    @Test
    void registeringTheSamePhoneAgainReturnsTheSamePass() {
        FairInfo fair = testFair.openFair("重复登记 " + UUID.randomUUID());
        RegistrationResult first = registrations.register(fair.id(), form("13912345002", true), Channel.KIOSK);
        RegistrationResult again = registrations.register(fair.id(), form("13912345002", true), Channel.DESK);

        assertThat(again.outcome()).isEqualTo(RegistrationResult.Outcome.ALREADY_REGISTERED);
        assertThat(again.pass()).isEqualTo(first.pass());
    }

    @Test
    void anIssuedPassIsFoundAgainByItsIdWithItsHolder() {
        FairInfo fair = testFair.openFair("再次显示 " + UUID.randomUUID());
        RegistrationResult result = registrations.register(fair.id(), form("13912345005", true), Channel.ONLINE);

        assertThat(registrations.issuedPass(result.pass().passId()))
                .contains(new HeldPass(result.pass(), result.seeker()));
        assertThat(registrations.issuedPass(-1)).isEmpty();
    }

    @Test
    void thePublicPageNeitherShowsNorChangesAKnownPhonesRegistration() {
        FairInfo fair = testFair.openFair("公开报名 " + UUID.randomUUID());
        RegistrationResult owner = registrations.register(fair.id(), form("13912345004", true), Channel.KIOSK);
        long consentsBefore = jdbc.sql("SELECT COUNT(*) FROM consent WHERE job_seeker_id = ?")
                .param(owner.seeker().id()).query(Long.class).single();
        SeekerRegistration stranger = new SeekerRegistration("冒名者", "13912345004", Education.MASTER, Set.of(),
                "别的岗位", true, false, false);

        RegistrationResult result = registrations.register(fair.id(), stranger, Channel.ONLINE);

        assertThat(result.outcome()).isEqualTo(RegistrationResult.Outcome.PHONE_ALREADY_KNOWN);
        assertThat(result.pass()).isNull();
        assertThat(result.seeker()).isNull();
        assertThat(jdbc.sql("SELECT name FROM job_seeker WHERE id = ?").param(owner.seeker().id())
                .query(String.class).single()).isEqualTo("刘赟");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM consent WHERE job_seeker_id = ?").param(owner.seeker().id())
                .query(Long.class).single()).isEqualTo(consentsBefore);
    }

    @Test
    void aWalkUpAtAKioskWithAKnownPhoneChangesNothing() {
        FairInfo fair = testFair.openFair("现场登记 " + UUID.randomUUID());
        RegistrationResult owner = registrations.register(fair.id(), form("13912345006", true), Channel.ONLINE);
        String before = seekerRow(owner.seeker().id());
        SeekerRegistration stranger = new SeekerRegistration("路人甲", "13912345006", Education.MASTER, Set.of(),
                "别的岗位", true, true, true);

        RegistrationResult result = registrations.register(fair.id(), stranger, Channel.KIOSK);

        assertThat(result.outcome()).isEqualTo(RegistrationResult.Outcome.PHONE_ALREADY_KNOWN);
        assertThat(result.pass()).isNull();
        assertThat(seekerRow(owner.seeker().id())).isEqualTo(before).contains("刘赟", "COLLEGE_GRADUATE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM job_seeker WHERE name = '路人甲'").query(Long.class).single())
                .isZero();
    }

    private String seekerRow(long seekerId) {
        String answers = jdbc.sql("SELECT name || '|' || COALESCE(education, '') || '|' || COALESCE(badge_line, '')"
                + " FROM job_seeker WHERE id = ?").param(seekerId).query(String.class).single();
        List<String> groups = jdbc.sql("SELECT key_group_code FROM job_seeker_key_group WHERE job_seeker_id = ?"
                + " ORDER BY key_group_code").param(seekerId).query(String.class).list();
        long consents = jdbc.sql("SELECT COUNT(*) FROM consent WHERE job_seeker_id = ?").param(seekerId)
                .query(Long.class).single();
        return answers + "|" + groups + "|" + consents;
    }

    @Test
    void aBadPhoneOrMissingConsentSavesNothing() {
        FairInfo fair = testFair.openFair("校验测试 " + UUID.randomUUID());
        long seekersBefore = jdbc.sql("SELECT COUNT(*) FROM job_seeker").query(Long.class).single();
        SeekerRegistration badPhone = new SeekerRegistration("林晓", "1391234500", Education.BACHELOR, Set.of(), null,
                true, false, false);
        SeekerRegistration noConsent = new SeekerRegistration("林晓", "13912345003", Education.BACHELOR, Set.of(),
                null, false, false, false);

        assertThatThrownBy(() -> registrations.register(fair.id(), badPhone, Channel.ONLINE))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("phone");
        assertThatThrownBy(() -> registrations.register(fair.id(), noConsent, Channel.ONLINE))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("consentToProcessing");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM job_seeker").query(Long.class).single()).isEqualTo(seekersBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pass WHERE fair_id = ?").param(fair.id()).query(Long.class)
                .single()).isZero();
    }

    private static SeekerRegistration form(String phone, boolean showLine) {
        return new SeekerRegistration("刘赟", phone, Education.JUNIOR_COLLEGE, Set.of("COLLEGE_GRADUATE"), "电气自动化",
                true, true, showLine);
    }
}
