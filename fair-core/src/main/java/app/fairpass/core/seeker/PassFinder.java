package app.fairpass.core.seeker;

import app.fairpass.core.account.Roles;
import app.fairpass.core.kiosk.KioskPrincipal;
import app.fairpass.core.pass.PassService;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Find my pass" at a kiosk for a person who lost it: by the phone number they registered with, for the kiosk's
 * own fair only, one person at a time. Nothing here lists people.
 */
@Service
public class PassFinder {
    private final JobSeekerRepository seekers;
    private final PassService passes;

    PassFinder(JobSeekerRepository seekers, PassService passes) {
        this.seekers = seekers;
        this.passes = passes;
    }

    @RolesAllowed(Roles.KIOSK)
    @Transactional(readOnly = true)
    public Optional<FoundPass> findByPhone(String phone) {
        KioskPrincipal kiosk = KioskPrincipal.current()
                .orElseThrow(() -> new AccessDeniedException("only a paired kiosk finds passes"));
        PhoneNumber.Reading typed = PhoneNumber.read(phone);
        if (kiosk.fairId() == null || !typed.isValid()) {
            return Optional.empty();
        }
        return seekers.findFirstByPhoneAndPurgedAtIsNull(typed.number()).flatMap(seeker ->
                passes.findForSeeker(kiosk.fairId(), seeker.getId())
                        .map(pass -> new FoundPass(FoundPass.mask(seeker.toCard().name()), pass.code().text())));
    }
}
