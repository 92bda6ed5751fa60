package app.fairpass.core.kiosk;

import app.fairpass.core.account.Roles;
import app.fairpass.core.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
public class KioskService {
    private final KioskDeviceRepository kiosks;
    private final AuditLog audit;
    private final Clock clock;

    KioskService(KioskDeviceRepository kiosks, AuditLog audit, Clock clock) {
        this.kiosks = kiosks;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public KioskInfo create(@Valid NewKiosk kiosk) {
        KioskInfo created = kiosks.save(new KioskDevice(kiosk, clock.instant())).toInfo();
        audit.record("KIOSK_CREATED", "kiosk:" + created.id(), created.name());
        return created;
    }

    /** For the core's own use cases (check-in resolves the kiosk's fair); not a browsing API. */
    @Transactional(readOnly = true)
    public Optional<KioskInfo> find(long kioskId) {
        return kiosks.findById(kioskId).map(KioskDevice::toInfo);
    }
}
