package app.fairpass.core.kiosk;

import java.security.Principal;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A paired kiosk device, as the authenticated principal of its requests (role KIOSK). The kiosk's own id and fair
 * come from here, never from a parameter, so one kiosk cannot act as another.
 */
public record KioskPrincipal(long kioskId, String kioskName, Long fairId) implements Principal {

    /** The kiosk of the current request, if the caller is a paired kiosk. */
    public static Optional<KioskPrincipal> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof KioskPrincipal kiosk ? Optional.of(kiosk)
                : Optional.empty();
    }

    /** The audit log's actor: an id, the name can change. */
    @Override
    public String getName() {
        return "kiosk:" + kioskId;
    }
}
