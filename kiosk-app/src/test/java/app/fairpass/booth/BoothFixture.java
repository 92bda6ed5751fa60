package app.fairpass.booth;

import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.account.NewAccount;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.employer.NewPosition;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.fair.NewFair;
import app.fairpass.core.pass.PassRef;
import app.fairpass.core.seeker.Channel;
import app.fairpass.core.seeker.Education;
import app.fairpass.core.seeker.RegistrationService;
import app.fairpass.core.seeker.SeekerRegistration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** An open fair with two employers' booths and a few registered job seekers, built through the services. */
@Component
class BoothFixture {
    private static final AtomicLong PHONES = new AtomicLong(15_800_000_000L);
    private final FairService fairs;
    private final EmployerService employers;
    private final RegistrationService registrations;
    private final AccountService accounts;

    BoothFixture(FairService fairs, EmployerService employers, RegistrationService registrations,
            AccountService accounts) {
        this.fairs = fairs;
        this.employers = employers;
        this.registrations = registrations;
        this.accounts = accounts;
    }

    record Booths(FairInfo fair, long employerA, String staffA, long employerB, String staffB) {
    }

    /** Runs as a system organiser, then leaves nobody signed in. */
    Booths openFairWithTwoBooths() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("fixture", null,
                List.of(new SimpleGrantedAuthority("ROLE_ORGANISER"))));
        try {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            FairInfo fair = fairs.createFair(new NewFair(null, "展位测试招聘会 " + suffix, "吴江人力资源市场",
                    LocalDate.of(2026, 6, 30), LocalTime.of(9, 0), LocalTime.of(12, 0)));
            fairs.changeStatus(fair.id(), FairStatus.OPEN);
            long a = employers.employer("苏州恒瑞精密机械有限公司 " + suffix, null, null);
            employers.addBooth(fair.id(), a, "A01");
            employers.addPosition(new NewPosition(fair.id(), a, "数控车工", 8, 5000, 7000, Education.VOCATIONAL_SECONDARY,
                    null));
            employers.addPosition(new NewPosition(fair.id(), a, "质检员", 3, 4500, 6000, Education.HIGH_SCHOOL, null));
            long b = employers.employer("吴江嘉德食品有限公司 " + suffix, null, null);
            employers.addBooth(fair.id(), b, "B07");
            employers.addPosition(new NewPosition(fair.id(), b, "面点师", 2, 4000, 5500, null, null));
            String staffA = "a01-" + suffix;
            String staffB = "b07-" + suffix;
            accounts.createEmployerAccount(a, new NewAccount(staffA, "恒瑞招聘专员", "booth-password-a"));
            accounts.createEmployerAccount(b, new NewAccount(staffB, "嘉德招聘专员", "booth-password-b"));
            return new Booths(fair, a, staffA, b, staffB);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** One more position for an employer at the fair. */
    void addPosition(NewPosition position) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("fixture", null,
                List.of(new SimpleGrantedAuthority("ROLE_ORGANISER"))));
        try {
            employers.addPosition(position);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    PassRef register(FairInfo fair, String name, boolean share) {
        return registrations.register(fair.id(), new SeekerRegistration(name, String.valueOf(PHONES.incrementAndGet()),
                Education.JUNIOR_COLLEGE, Set.of("COLLEGE_GRADUATE"), "机电一体化技术", true, share, true),
                Channel.ONLINE).pass();
    }

    FairPassUser user(String username) {
        return (FairPassUser) accounts.loadUserByUsername(username);
    }
}
