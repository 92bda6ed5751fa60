package app.fairpass.demo;

import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.BoothSignInService;
import app.fairpass.core.account.IssuedBoothSignIn;
import app.fairpass.core.account.Roles;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.employer.NewPosition;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.fair.NewFair;
import app.fairpass.core.fair.NewSeries;
import app.fairpass.core.kiosk.KioskService;
import app.fairpass.core.kiosk.NewKiosk;
import app.fairpass.core.kiosk.PrintMode;
import app.fairpass.core.seeker.Channel;
import app.fairpass.core.seeker.RegistrationService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: a campus fair like the one the employment service reported (100 employers, 2,756 positions, 3,000
 * registered job seekers), seeded once through the real services, and a demo organiser whose password is new on
 * every start and printed on the console.
 */
@Component
@Order(10) // before FirstRunNotice, which then finds the demo organiser
@ConditionalOnProperty("fairpass.demo.enabled")
class DemoFairSeeder implements ApplicationRunner {
    static final String FAIR_NAME = "“就在苏州 乐业吴江”就业创业服务月 信息职业技术学院专场招聘会";
    static final String ORGANISER = "demo";
    private static final int EMPLOYERS = 100;
    private static final int OPENINGS = 2_756;
    private static final int JOB_SEEKERS = 3_000;
    private static final Logger log = LoggerFactory.getLogger(DemoFairSeeder.class);

    private final FairService fairs;
    private final EmployerService employers;
    private final RegistrationService registrations;
    private final KioskService kiosks;
    private final AccountService accounts;
    private final BoothSignInService boothSignIns;
    private final Clock clock;
    private final String password;

    DemoFairSeeder(FairService fairs, EmployerService employers, RegistrationService registrations,
            KioskService kiosks, AccountService accounts, BoothSignInService boothSignIns, Clock clock,
            @Value("${fairpass.demo.password:}") String password) {
        this.fairs = fairs;
        this.employers = employers;
        this.registrations = registrations;
        this.kiosks = kiosks;
        this.accounts = accounts;
        this.boothSignIns = boothSignIns;
        this.clock = clock;
        this.password = password.isBlank() ? randomPassword() : password;
    }

    @Override
    public void run(ApplicationArguments args) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("demo-seeder",
                null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ORGANISER))));
        IssuedBoothSignIn booth;
        try {
            if (fairs.listFairs().stream().noneMatch(fair -> fair.name().equals(FAIR_NAME))) {
                long started = System.nanoTime();
                seed();
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

    private void seed() {
        Random random = new Random(20220630);
        long seriesId = fairs.createSeries(new NewSeries("2026年就业创业服务月", LocalDate.now(clock).withDayOfMonth(1),
                LocalDate.now(clock).withDayOfMonth(1).plusMonths(1).minusDays(1)));
        FairInfo fair = fairs.createFair(new NewFair(seriesId, FAIR_NAME, "苏州信息职业技术学院 体育馆",
                LocalDate.now(clock), LocalTime.of(8, 30), LocalTime.of(16, 30)));
        fairs.changeStatus(fair.id(), FairStatus.OPEN);
        for (DemoEmployers.DemoEmployer employer : DemoEmployers.generate(random, EMPLOYERS, OPENINGS)) {
            long employerId = employers.employer(employer.name(), null, employer.industry());
            employers.addBooth(fair.id(), employerId, employer.booth());
            for (DemoEmployers.DemoPosition position : employer.positions()) {
                employers.addPosition(new NewPosition(fair.id(), employerId, position.title(), position.headcount(),
                        position.salaryMin(), position.salaryMax(), position.education(), null));
            }
        }
        DemoPeople people = new DemoPeople(random);
        for (int i = 0; i < JOB_SEEKERS; i++) {
            registrations.register(fair.id(), people.person(i), i % 5 == 0 ? Channel.IMPORT : Channel.ONLINE);
        }
        kiosks.create(new NewKiosk(fair.id(), "1号签到机", "体育馆东门入口", PrintMode.BROWSER, null, "LABEL_62X100"));
        kiosks.create(new NewKiosk(fair.id(), "2号签到机", "体育馆西门入口", PrintMode.BROWSER, null, "LABEL_62X100"));
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
