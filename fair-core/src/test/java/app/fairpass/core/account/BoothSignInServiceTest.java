package app.fairpass.core.account;

import static app.fairpass.core.TestFair.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.TestFair;
import app.fairpass.core.fair.FairInfo;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest
class BoothSignInServiceTest {
    @Autowired
    BoothSignInService signIns;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TestFair testFair;

    @Test
    void issuingGivesTheEmployerOneAccountWhosePasswordChangesOnReissueAndCanBeDisabled() {
        FairInfo fair = testFair.openFair("账号测试 " + UUID.randomUUID());
        long employer = testFair.employerWithBooth(fair.id(), "恒瑞 " + UUID.randomUUID(), "A-01", 3);
        long boothId = asOrganiser(() -> signIns.list(fair.id())).get(0).boothId();

        IssuedBoothSignIn first = asOrganiser(() -> signIns.issue(boothId));
        IssuedBoothSignIn again = asOrganiser(() -> signIns.issue(boothId));

        assertThat(first.username()).matches("a01-[a-z2-9]{4}").isEqualTo(again.username());
        assertThat(first.password()).hasSize(12).isNotEqualTo(again.password());
        FairPassUser user = (FairPassUser) accounts.loadUserByUsername(first.username());
        assertThat(user.employerId()).isEqualTo(employer);
        assertThat(user.role()).isEqualTo(Roles.EMPLOYER);
        assertThat(passwords.matches(again.password(), user.passwordHash())).isTrue();
        assertThat(passwords.matches(first.password(), user.passwordHash())).isFalse();
        BoothSignIn listed = asOrganiser(() -> signIns.list(fair.id())).get(0);
        assertThat(listed.username()).isEqualTo(first.username());
        assertThat(listed.enabled()).isTrue();

        asOrganiser(() -> {
            signIns.disable(listed.accountId());
            return null;
        });
        assertThat(accounts.loadUserByUsername(first.username()).isEnabled()).isFalse();
        assertThat(first.toString()).doesNotContain(first.password());
    }
}
