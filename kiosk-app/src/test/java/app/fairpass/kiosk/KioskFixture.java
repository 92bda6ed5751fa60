package app.fairpass.kiosk;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import app.fairpass.core.account.Roles;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.fair.NewFair;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.kiosk.KioskPrincipal;
import app.fairpass.core.kiosk.KioskService;
import app.fairpass.core.kiosk.NewKiosk;
import app.fairpass.core.kiosk.PairedKiosk;
import app.fairpass.core.kiosk.PrintMode;
import app.fairpass.core.pass.PassRef;
import app.fairpass.core.seeker.Channel;
import app.fairpass.core.seeker.Education;
import app.fairpass.core.seeker.RegistrationService;
import app.fairpass.core.seeker.SeekerRegistration;
import app.fairpass.kiosk.ui.KioskView;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Fairs, paired kiosks and registered people for the kiosk tests, made through the real services. A component
 * of the test sources, so every test context has it and the kiosk tests share their context with the others.
 */
@Component
public class KioskFixture {
    private static final AtomicLong PHONES = new AtomicLong(15_000_000_000L + (System.nanoTime() % 1_000_000) * 1000);
    private final FairService fairs;
    private final KioskService kiosks;
    private final RegistrationService registrations;

    KioskFixture(FairService fairs, KioskService kiosks, RegistrationService registrations) {
        this.fairs = fairs;
        this.kiosks = kiosks;
        this.registrations = registrations;
    }

    public FairInfo fair(String name, FairStatus status) {
        return asOrganiser(() -> {
            FairInfo fair = fairs.createFair(new NewFair(null, name + " " + UUID.randomUUID().toString()
                    .substring(0, 8), "吴江区人力资源市场", LocalDate.now(), LocalTime.of(8, 30), LocalTime.of(16, 30)));
            return status == FairStatus.PLANNED ? fair : fairs.changeStatus(fair.id(), status);
        });
    }

    /** A kiosk of the fair, paired: the device credential is returned. */
    public PairedKiosk pairedKiosk(long fairId, PrintMode mode, String queue) {
        KioskInfo kiosk = asOrganiser(() -> kiosks.create(new NewKiosk(fairId, "签到机-" + UUID.randomUUID(),
                "东门", mode, queue, "LABEL_62X100")));
        String code = asOrganiser(() -> kiosks.newPairingCode(kiosk.id())).code();
        return kiosks.pair(code).orElseThrow();
    }

    public String pairingCode(long kioskId) {
        return asOrganiser(() -> kiosks.newPairingCode(kioskId)).code();
    }

    public String newPhone() {
        return String.valueOf(PHONES.incrementAndGet());
    }

    public PassRef register(long fairId, String name, String phone) {
        return registrations.register(fairId, new SeekerRegistration(name, phone, Education.BACHELOR,
                Set.of(), "软件开发", true, true, true), Channel.ONLINE).pass();
    }

    /** A code as the kiosk screen's scanner script sends it (keyboard wedge or camera), to the open kiosk view. */
    public static void scanAtKiosk(String code, String nonce) {
        JsonObject detail = Json.createObject();
        detail.put("event.detail.code", code);
        detail.put("event.detail.nonce", nonce);
        KioskView view = _get(KioskView.class);
        _fireDomEvent(view.getElement(), new DomEvent(view.getElement(), "fp-code", detail));
    }

    public static void scanAtKiosk(String code) {
        scanAtKiosk(code, UUID.randomUUID().toString());
    }

    public static Authentication kioskAuthentication(KioskPrincipal kiosk) {
        return new PreAuthenticatedAuthenticationToken(kiosk, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.KIOSK)));
    }

    private static <T> T asOrganiser(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("fixture",
                null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ORGANISER))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
