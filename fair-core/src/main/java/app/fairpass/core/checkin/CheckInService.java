package app.fairpass.core.checkin;

import app.fairpass.core.ConflictRetry;
import app.fairpass.core.account.Roles;
import app.fairpass.core.audit.AuditAction;
import app.fairpass.core.audit.AuditLog;
import app.fairpass.core.checkin.CheckInStore.FirstEntry;
import app.fairpass.core.checkin.CheckInStore.LoggedScan;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.kiosk.KioskPrincipal;
import app.fairpass.core.kiosk.KioskService;
import app.fairpass.core.pass.CodeCheck;
import app.fairpass.core.pass.PassRef;
import app.fairpass.core.pass.PassService;
import app.fairpass.core.pass.PassStatus;
import app.fairpass.core.seeker.SeekerCard;
import app.fairpass.core.seeker.SeekerDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks passes in at kiosks. Every attempt is answered with a typed outcome and written to the scan log in the
 * same transaction as its effect, so an answer is given only once both are committed. The same nonce from the
 * same kiosk gets the first answer again; one first entry per pass is held by the database.
 */
@Service
public class CheckInService {
    private final CheckInStore store;
    private final PassService passes;
    private final KioskService kiosks;
    private final FairService fairs;
    private final SeekerDirectory seekers;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final ConflictRetry retry;
    private final ApplicationEventPublisher events;
    private final EntityManager entities;
    private final Clock clock;

    CheckInService(CheckInStore store, PassService passes, KioskService kiosks,
            FairService fairs, SeekerDirectory seekers, AuditLog audit, TransactionTemplate tx, ConflictRetry retry,
            ApplicationEventPublisher events, EntityManager entities, Clock clock) {
        this.store = store;
        this.passes = passes;
        this.kiosks = kiosks;
        this.fairs = fairs;
        this.seekers = seekers;
        this.audit = audit;
        this.tx = tx;
        this.retry = retry;
        this.events = events;
        this.entities = entities;
        this.clock = clock;
    }

    @RolesAllowed({Roles.KIOSK, Roles.ORGANISER})
    public CheckInResult checkIn(CheckInRequest request) {
        requireCallerIs(request.kioskId());
        // One transaction for the whole scan, the kiosk's own row included.
        return retry.inTransaction(status -> {
            readOnlyEntities();
            KioskInfo kiosk = kiosks.find(request.kioskId())
                    .orElseThrow(() -> new IllegalArgumentException("no kiosk " + request.kioskId()));
            if (kiosk.revoked()) {
                // Revoked on another server while this one still remembers the credential for a few seconds.
                throw new AccessDeniedException("kiosk " + kiosk.id() + " is revoked");
            }
            return attempt(request, kiosk);
        });
    }

    /**
     * What became of a badge once the kiosk's printer answered: a reprint handed to the printer is audited as one,
     * and so is every badge that was not printed, with the reason. A first badge that printed needs no entry of its
     * own: the check-in's entry stands for it.
     */
    @RolesAllowed({Roles.KIOSK, Roles.ORGANISER})
    public void recordBadgePrint(long kioskId, long passId, BadgePrint print) {
        requireCallerIs(kioskId);
        if (print.printed() && !print.reprint()) {
            return;
        }
        String target = "pass:" + passId;
        String kiosk = "kiosk:" + kioskId;
        tx.executeWithoutResult(status -> {
            if (print.printed()) {
                audit.record(AuditAction.BADGE_REPRINTED, target, kiosk);
            } else {
                audit.record(AuditAction.BADGE_NOT_PRINTED, target,
                        kiosk + (print.reprint() ? ", reprint: " : ", first badge: ") + print.problem());
            }
        });
    }

    /** First entries per kiosk id since midnight, in the server's time zone. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public Map<Long, Long> checkInsTodayByKiosk() {
        return store.firstEntriesByKioskSince(LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant());
    }

    /**
     * A scan writes only by SQL (CheckInStore, the figures counting its CheckedIn, AuditLog); the kiosk, pass, fair
     * and person it loads through the other services are read, never changed, so Hibernate need not snapshot them nor
     * flush before each query.
     */
    private void readOnlyEntities() {
        Session session = entities.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }

    /** A paired kiosk checks in as itself only; an organiser may act for any kiosk (e.g. at the help desk). */
    private static void requireCallerIs(long kioskId) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean organiser = auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.ORGANISER));
        if (!organiser && KioskPrincipal.current().map(kiosk -> kiosk.kioskId() != kioskId).orElse(true)) {
            throw new AccessDeniedException("a kiosk may check in only as itself");
        }
    }

    private CheckInResult attempt(CheckInRequest request, KioskInfo kiosk) {
        if (request.nonce() != null) {
            Optional<LoggedScan> earlier = store.scanByNonce(kiosk.id(), request.nonce());
            if (earlier.isPresent()) {
                return replay(earlier.get());
            }
        }
        Long fairId = kiosk.fairId();
        if (fairId == null) {
            return log(request, null, null, CheckInResult.rejected(CheckInOutcome.FAIR_NOT_OPEN));
        }
        // No pause after many codes that are no pass (payment or health codes held up by mistake): the 50-bit MAC
        // makes guessing hopeless anyway, and a real pass must never wait because of other people's scans.
        CodeCheck check = passes.check(request.rawCode(), fairId);
        return switch (check.verdict()) {
            case INVALID -> log(request, fairId, null, CheckInResult.rejected(CheckInOutcome.INVALID_CODE));
            case WRONG_FAIR -> log(request, fairId, null, new CheckInResult(CheckInOutcome.WRONG_FAIR, null, null,
                    null, null, fairs.find(check.code().fairId()).map(FairInfo::name).orElse(null)));
            case UNKNOWN -> log(request, fairId, null, CheckInResult.rejected(CheckInOutcome.UNKNOWN_PASS));
            case FOUND -> admit(request, kiosk, check.pass());
        };
    }

    private CheckInResult admit(CheckInRequest request, KioskInfo kiosk, PassRef pass) {
        boolean fairOpen = fairs.find(pass.fairId()).map(FairInfo::isOpen).orElse(false);
        SeekerCard seeker = seekers.card(pass.jobSeekerId()).orElse(null);
        CheckInOutcome refusal = !fairOpen ? CheckInOutcome.FAIR_NOT_OPEN
                : pass.status() == PassStatus.REVOKED ? CheckInOutcome.REVOKED : null;
        if (refusal != null) {
            return log(request, pass.fairId(), pass.passId(), new CheckInResult(refusal, pass, seeker, null, null,
                    null));
        }
        Optional<FirstEntry> first = store.firstEntry(pass.passId());
        if (first.isPresent()) {
            return log(request, pass.fairId(), pass.passId(), admitted(CheckInOutcome.ALREADY_CHECKED_IN, pass,
                    seeker, first.get(), kiosk));
        }
        FirstEntry created = store.addFirstEntry(pass.fairId(), pass.passId(), kiosk.id(), clock.instant(), request);
        events.publishEvent(new CheckedIn(pass.passId(), pass.fairId(), pass.jobSeekerId(), kiosk.id(),
                created.at()));
        audit.record(AuditAction.CHECK_IN, "pass:" + pass.passId(), "kiosk:" + kiosk.id());
        return log(request, pass.fairId(), pass.passId(), admitted(CheckInOutcome.CHECKED_IN, pass, seeker,
                created, kiosk));
    }

    private CheckInResult replay(LoggedScan earlier) {
        CheckInOutcome outcome = earlier.outcome();
        if (earlier.passId() == null) {
            return CheckInResult.rejected(outcome);
        }
        PassRef pass = passes.find(earlier.passId()).orElseThrow();
        SeekerCard seeker = seekers.card(pass.jobSeekerId()).orElse(null);
        if (!outcome.admitted()) {
            return new CheckInResult(outcome, pass, seeker, null, null, null);
        }
        return admitted(outcome, pass, seeker, store.firstEntry(pass.passId()).orElseThrow(), null);
    }

    /** {@code scanningKiosk}, when known, saves looking up the first kiosk's name if it is the same one. */
    private CheckInResult admitted(CheckInOutcome outcome, PassRef pass, SeekerCard seeker, FirstEntry first,
            KioskInfo scanningKiosk) {
        Long firstKiosk = first.kioskId();
        String kioskName = firstKiosk == null ? null
                : scanningKiosk != null && scanningKiosk.id() == firstKiosk ? scanningKiosk.name()
                : kiosks.find(firstKiosk).map(KioskInfo::name).orElse(null);
        return new CheckInResult(outcome, pass, seeker, first.at(), kioskName, null);
    }

    private CheckInResult log(CheckInRequest request, Long fairId, Long passId, CheckInResult result) {
        store.log(request, fairId, passId, result.outcome(), clock.instant());
        return result;
    }
}
