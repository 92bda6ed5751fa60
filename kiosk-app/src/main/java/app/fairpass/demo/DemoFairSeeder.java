package app.fairpass.demo;

import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.BoothSignInService;
import app.fairpass.core.account.IssuedBoothSignIn;
import app.fairpass.core.account.Roles;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.kiosk.KioskService;
import app.fairpass.core.seeker.RegistrationService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo mode: a campus fair like the one the employment service reported (100 employers, 2,756 positions, 3,000
 * registered job seekers), seeded once through the real services, and a demo organiser whose password is new on
 * every start and printed on the console.
 */
@Component
@EnableConfigurationProperties(DemoSettings.class)
@Order(10) // before FirstRunNotice, which then finds the demo organiser
@ConditionalOnProperty("fairpass.demo.enabled")
class DemoFairSeeder implements ApplicationRunner {
    static final String FAIR_NAME = DemoFair.NAME;
    static final String ORGANISER = "demo";
    private static final int EMPLOYERS = 100;
    private static final int OPENINGS = 2_756;
    private static final int JOB_SEEKERS = 3_000;
    private static final Logger log = LoggerFactory.getLogger(DemoFairSeeder.class);

    private final FairService fairs;
    private final DemoFair demoFair;
    private final AccountService accounts;
    private final BoothSignInService boothSignIns;
    private final Clock clock;
    private final String password;

    DemoFairSeeder(FairService fairs, EmployerService employers, RegistrationService registrations,
            KioskService kiosks, AccountService accounts, BoothSignInService boothSignIns, Clock clock,
            DemoSettings settings) {
        this.fairs = fairs;
        this.demoFair = new DemoFair(fairs, employers, registrations, kiosks);
        this.accounts = accounts;
        this.boothSignIns = boothSignIns;
        this.clock = clock;
        this.password = settings.password().isBlank() ? randomPassword() : settings.password();
    }

    @Override
    public void run(ApplicationArguments args) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("demo-seeder",
                null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ORGANISER))));
        IssuedBoothSignIn booth;
        try {
            if (fairs.listFairs().stream().noneMatch(fair -> fair.name().equals(FAIR_NAME))) {
                long started = System.nanoTime();
                demoFair.seed(new Random(20220630), LocalDate.now(clock), EMPLOYERS, OPENINGS, JOB_SEEKERS);
                log.info("demo fair seeded in {} ms", (System.nanoTime() - started) / 1_000_000);
            }
            accounts.ensureOrganiser(ORGANISER, "演示管理员", password);
            booth = firstBoothSignIn();
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.warn("\n\n  演示模式 / Demo mode — sign in as organiser: username '{}', password '{}'"
                + "\n  booth staff of {} {} (open /booth on a phone): username '{}', password '{}'\n",
                ORGANISER, password, booth.boothNumber(), booth.employerName(), booth.username(), booth.password());
    }

    /** A booth sign-in for booth A01, with a new password on every start like the organiser's. */
    private IssuedBoothSignIn firstBoothSignIn() {
        long fairId = fairs.listFairs().stream().filter(fair -> fair.name().equals(FAIR_NAME)).findFirst()
                .orElseThrow().id();
        return boothSignIns.issue(boothSignIns.list(fairId).get(0).boothId());
    }

    private static String randomPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
            if (i == 3 || i == 7) {
                password.append('-');
            }
        }
        return password.toString();
    }
}
