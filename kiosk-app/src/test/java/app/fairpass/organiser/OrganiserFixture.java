package app.fairpass.organiser;

import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.account.NewAccount;
import app.fairpass.core.account.Roles;
import app.fairpass.core.booth.BoothRecordCommand;
import app.fairpass.core.booth.BoothRecordService;
import app.fairpass.core.booth.RecordKind;
import app.fairpass.core.checkin.CheckInRequest;
import app.fairpass.core.checkin.CheckInService;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.employer.NewPosition;
import app.fairpass.core.employer.PositionInfo;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.fair.NewFair;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.kiosk.KioskService;
import app.fairpass.core.kiosk.NewKiosk;
import app.fairpass.core.kiosk.PrintMode;
import app.fairpass.core.pass.PassRef;
import app.fairpass.core.seeker.Channel;
import app.fairpass.core.seeker.Education;
import app.fairpass.core.seeker.RegistrationService;
import app.fairpass.core.seeker.SeekerRegistration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A small open fair built through the services, as the people at a fair would: an organiser sets it up, a kiosk
 * checks people in, booth staff record resumes and intentions. Each step runs as its role, then the caller's
 * sign-in is put back.
 */
@Component
class OrganiserFixture {
    private static final AtomicLong PHONES = new AtomicLong(17_700_000_000L);
    private final FairService fairs;
    private final EmployerService employers;
    private final KioskService kiosks;
    private final RegistrationService registrations;
    private final CheckInService checkIns;
    private final BoothRecordService booth;
    private final AccountService accounts;

    OrganiserFixture(FairService fairs, EmployerService employers, KioskService kiosks,
            RegistrationService registrations, CheckInService checkIns, BoothRecordService booth,
            AccountService accounts) {
        this.fairs = fairs;
        this.employers = employers;
        this.kiosks = kiosks;
        this.registrations = registrations;
        this.checkIns = checkIns;
        this.booth = booth;
        this.accounts = accounts;
    }

    /** One employer of the fair with its booth staff and first position. */
    record Stand(long employerId, FairPassUser staff, PositionInfo position) {
    }

    record Fair(FairInfo info, KioskInfo kiosk, Stand a, Stand b) {
    }

    /** Booth numbers the demo fair does not use: the browser tests share the demo's database. */
    Fair openFair(String name) {
        return asOrganiser(() -> {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            FairInfo fair = fairs.createFair(new NewFair(null, name + " " + suffix, "吴江人力资源市场",
                    LocalDate.of(2026, 6, 30), LocalTime.of(9, 0), LocalTime.of(12, 0)));
            fair = fairs.changeStatus(fair.id(), FairStatus.OPEN);
            KioskInfo kiosk = kiosks.create(new NewKiosk(fair.id(), "入口-" + suffix, "入口", PrintMode.NONE, null,
                    "LABEL_62X100"));
            return new Fair(fair, kiosk, stand(fair, "恒瑞精密 " + suffix, "C11", "数控车工", 8),
                    stand(fair, "嘉德食品 " + suffix, "D17", "面点师", 2));
        });
    }

    private Stand stand(FairInfo fair, String employer, String boothNumber, String title, int headcount) {
        long employerId = employers.employer(employer, null, null);
        employers.addBooth(fair.id(), employerId, boothNumber);
        PositionInfo position = employers.addPosition(new NewPosition(fair.id(), employerId, title, headcount, 4000,
                6000, Education.JUNIOR_COLLEGE, null));
        String username = "staff-" + UUID.randomUUID();
        accounts.createEmployerAccount(employerId, new NewAccount(username, "招聘专员", "booth-password-1"));
        return new Stand(employerId, (FairPassUser) accounts.loadUserByUsername(username), position);
    }

    PassRef register(Fair fair, String name, String... keyGroups) {
        return registrations.register(fair.info().id(), new SeekerRegistration(name,
                String.valueOf(PHONES.incrementAndGet()), Education.BACHELOR, Set.of(keyGroups), "软件开发", true,
                true, true), Channel.DESK).pass();
    }

    void checkIn(Fair fair, PassRef pass) {
        asOrganiser(() -> checkIns.checkIn(new CheckInRequest(fair.kiosk().id(), pass.code().text(),
                UUID.randomUUID().toString(), null)));
    }

    void record(Fair fair, Stand stand, PassRef pass, RecordKind kind) {
        as(new UsernamePasswordAuthenticationToken(stand.staff(), null, stand.staff().getAuthorities()),
                () -> booth.record(new BoothRecordCommand(fair.info().id(), pass.shortId(), kind,
                        stand.position().id(), "简历很好", null, UUID.randomUUID().toString())));
    }

    static <T> T asOrganiser(Supplier<T> work) {
        return as(new UsernamePasswordAuthenticationToken("fixture-organiser", null,
                new FairPassUser(0, "fixture-organiser", "Fixture", "", Roles.ORGANISER, null, true)
                        .getAuthorities()), work);
    }

    private static <T> T as(Authentication auth, Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
