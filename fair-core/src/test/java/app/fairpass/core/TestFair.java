package app.fairpass.core;

import app.fairpass.core.account.AccountService;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.account.NewAccount;
import app.fairpass.core.account.Roles;
import app.fairpass.core.booth.BoothRecordCommand;
import app.fairpass.core.booth.BoothRecordResult;
import app.fairpass.core.booth.BoothRecordService;
import app.fairpass.core.booth.RecordKind;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.employer.NewPosition;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.fair.NewFair;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.kiosk.KioskPrincipal;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Builds small fairs through the real services, signed in as the role each step needs. */
@Component
public class TestFair {
    private static final AtomicLong PHONES = new AtomicLong(13_000_000_000L);
    private final FairService fairs;
    private final KioskService kiosks;
    private final EmployerService employers;
    private final RegistrationService registrations;
    private final AccountService accounts;
    private final BoothRecordService booth;

    TestFair(FairService fairs, KioskService kiosks, EmployerService employers, RegistrationService registrations,
            AccountService accounts, BoothRecordService booth) {
        this.accounts = accounts;
        this.booth = booth;
        this.fairs = fairs;
        this.kiosks = kiosks;
        this.employers = employers;
        this.registrations = registrations;
    }

    /** A booth record by the given staff member, the badge typed by its short id. */
    public BoothRecordResult record(FairPassUser staff, FairInfo fair, PassRef pass, RecordKind kind,
            Long positionId) {
        return as(staff, () -> booth.record(new BoothRecordCommand(fair.id(), pass.shortId(), kind, positionId, null,
                null, null)));
    }

    public FairInfo openFair(String name) {
        return asOrganiser(() -> {
            FairInfo fair = fairs.createFair(new NewFair(null, name, "苏州信息职业技术学院", LocalDate.of(2026, 6, 30),
                    LocalTime.of(9, 0), LocalTime.of(12, 0)));
            return fairs.changeStatus(fair.id(), FairStatus.OPEN);
        });
    }

    public KioskInfo kiosk(long fairId) {
        return asOrganiser(() -> kiosks.create(new NewKiosk(fairId, "kiosk-" + UUID.randomUUID(), "入口",
                PrintMode.NONE, null, "LABEL_62X100")));
    }

    public long employerWithBooth(long fairId, String name, String booth, int... headcounts) {
        return asOrganiser(() -> {
            long employerId = employers.employer(name, null, null);
            employers.addBooth(fairId, employerId, booth);
            for (int i = 0; i < headcounts.length; i++) {
                employers.addPosition(new NewPosition(fairId, employerId, "岗位" + (i + 1), headcounts[i], 4000, 6000,
                        Education.JUNIOR_COLLEGE, null));
            }
            return employerId;
        });
    }

    /** A signed-in member of the employer's booth staff. */
    public FairPassUser staffOf(long employerId) {
        String username = "staff-" + UUID.randomUUID();
        asOrganiser(() -> accounts.createEmployerAccount(employerId,
                new NewAccount(username, "展位工作人员", "booth-password-1")));
        return (FairPassUser) accounts.loadUserByUsername(username);
    }

    public PassRef register(long fairId, String name, String... keyGroups) {
        String phone = String.valueOf(PHONES.incrementAndGet());
        return registrations.register(fairId, new SeekerRegistration(name, phone, Education.BACHELOR,
                Set.of(keyGroups), "软件开发", true, true, true), Channel.DESK).pass();
    }

    public static <T> T asOrganiser(Callable<T> work) {
        return as(new UsernamePasswordAuthenticationToken("test-organiser", null,
                new FairPassUser(0, "test-organiser", "Test", "", Roles.ORGANISER, null, true).getAuthorities()), work);
    }

    public static <T> T asKiosk(Callable<T> work) {
        return as(new UsernamePasswordAuthenticationToken("test-kiosk", null,
                new FairPassUser(0, "test-kiosk", "Kiosk", "", Roles.KIOSK, null, true).getAuthorities()), work);
    }

    /** As the paired device of this kiosk, the only kind of KIOSK caller that may check in. */
    public static <T> T asKiosk(KioskInfo kiosk, Callable<T> work) {
        KioskPrincipal device = new KioskPrincipal(kiosk.id(), kiosk.name(), kiosk.fairId());
        return as(new UsernamePasswordAuthenticationToken(device, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.KIOSK))), work);
    }

    public static <T> T as(FairPassUser user, Callable<T> work) {
        return as(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()), work);
    }

    private static <T> T as(UsernamePasswordAuthenticationToken auth, Callable<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
