package app.fairpass.core.seeker;

import app.fairpass.core.ConflictRetry;
import app.fairpass.core.account.Roles;
import app.fairpass.core.audit.AuditAction;
import app.fairpass.core.audit.AuditLog;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.kiosk.KioskPrincipal;
import app.fairpass.core.pass.PassService;
import app.fairpass.core.pass.PassService.IssuedPass;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Find my pass" at a kiosk, for a person who lost their pass or typed a known phone number at walk-up
 * registration: by the phone number they registered with, one person at a time, shown by masked name only.
 * Nothing here lists people or changes their answers.
 */
@Service
public class PassFinder {
    private final JobSeekerRepository seekers;
    private final PassService passes;
    private final FairService fairs;
    private final AuditLog audit;
    private final ConflictRetry retry;

    PassFinder(JobSeekerRepository seekers, PassService passes, FairService fairs, AuditLog audit,
            ConflictRetry retry) {
        this.seekers = seekers;
        this.passes = passes;
        this.fairs = fairs;
        this.audit = audit;
        this.retry = retry;
    }

    /** The person registered with this number, masked; empty for an unknown number or a kiosk of no fair. */
    @RolesAllowed(Roles.KIOSK)
    @Transactional(readOnly = true)
    public Optional<FoundPass> findByPhone(String phone) {
        Long fairId = kioskFair();
        if (fairId == null) {
            return Optional.empty();
        }
        return known(phone).map(seeker -> new FoundPass(FoundPass.mask(seeker.toCard().name())));
    }

    /**
     * After the person confirmed their masked name: the code of their pass for the kiosk's fair, issued now when
     * they registered for other fairs only (not once the fair is closed). Audited, so that a stranger using
     * someone's number can be traced.
     */
    @RolesAllowed(Roles.KIOSK)
    public Optional<String> passByPhone(String phone) {
        Long fairId = kioskFair();
        if (fairId == null) {
            return Optional.empty();
        }
        boolean closed = fairs.find(fairId).map(FairInfo::status).orElse(FairStatus.CLOSED) == FairStatus.CLOSED;
        return retry.inTransaction(status -> known(phone).flatMap(seeker -> {
            Optional<IssuedPass> pass = closed
                    ? passes.findForSeeker(fairId, seeker.getId()).map(existing -> new IssuedPass(existing, false))
                    : Optional.of(passes.issue(fairId, seeker.getId()));
            // The kiosk is the entry's actor.
            pass.ifPresent(found -> audit.record(AuditAction.PASS_FOUND_BY_PHONE, "pass:" + found.pass().passId(),
                    found.isNew() ? "new pass for this fair" : null));
            return pass.map(found -> found.pass().code().text());
        }));
    }

    private Optional<JobSeeker> known(String phone) {
        PhoneNumber.Reading typed = PhoneNumber.read(phone);
        return typed.isValid() ? seekers.findFirstByPhoneAndPurgedAtIsNull(typed.number()) : Optional.empty();
    }

    private static Long kioskFair() {
        return KioskPrincipal.current()
                .orElseThrow(() -> new AccessDeniedException("only a paired kiosk finds passes")).fairId();
    }
}
