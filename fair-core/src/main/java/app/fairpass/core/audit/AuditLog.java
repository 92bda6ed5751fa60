package app.fairpass.core.audit;

import app.fairpass.core.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did what, when. Entries join the caller's transaction, so an action and its audit entry commit together.
 * Targets are ids ("pass:42"), never names or phone numbers.
 */
@Service
public class AuditLog {
    private static final int MAX_DETAIL = 500;
    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String target, String detail) {
        String clipped = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        entries.save(new AuditEntry(clock.instant(), currentActor(), action, target, clipped));
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<AuditEvent> latest(int limit) {
        return entries.findAllByOrderByIdDesc(PageRequest.of(0, limit)).stream().map(AuditEntry::toEvent).toList();
    }

    /** The latest entries of one action, e.g. every EXPORT_FOLLOW_UP. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<AuditEvent> latest(String action, int limit) {
        return entries.findByActionOrderByIdDesc(action, PageRequest.of(0, limit)).stream().map(AuditEntry::toEvent)
                .toList();
    }

    /** The actions recorded so far, for a filter. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<String> actions() {
        return entries.findActions();
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
