package app.fairpass.core.seeker;

import app.fairpass.core.ConflictRetry;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.pass.PassService;
import app.fairpass.core.pass.PassService.IssuedPass;
import app.fairpass.core.pass.PassStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Registers a job seeker for a fair and issues the pass, recording each consent. Open to anyone: the public
 * registration page calls it too (abuse limits sit in front of it, in the web layer).
 */
@Service
@Validated
public class RegistrationService {
    /** The wording of the consent texts the answers were given under. */
    public static final String CONSENT_POLICY_VERSION = "2026-11";
    private final JobSeekerRepository seekers;
    private final ConsentRepository consents;
    private final KeyGroupRepository keyGroups;
    private final PassService passes;
    private final FairService fairs;
    private final ConflictRetry retry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistrationService(JobSeekerRepository seekers, ConsentRepository consents, KeyGroupRepository keyGroups,
            PassService passes, FairService fairs, ConflictRetry retry, ApplicationEventPublisher events,
            Clock clock) {
        this.seekers = seekers;
        this.consents = consents;
        this.keyGroups = keyGroups;
        this.passes = passes;
        this.fairs = fairs;
        this.retry = retry;
        this.events = events;
        this.clock = clock;
    }

    @PermitAll
    public RegistrationResult register(long fairId, @Valid SeekerRegistration form, Channel channel) {
        FairInfo fair = fairs.find(fairId).orElseThrow(() -> new IllegalArgumentException("no fair " + fairId));
        if (fair.status() == FairStatus.CLOSED) {
            return new RegistrationResult(RegistrationResult.Outcome.FAIR_CLOSED, null, null);
        }
        if (keyGroups.countByCodeIn(form.keyGroups()) != form.keyGroups().size()) {
            throw new IllegalArgumentException("unknown key group in " + form.keyGroups());
        }
        // A concurrent registration of the same phone, or a short-id collision, fails one insert: try again.
        return retry.inTransaction(status -> registerOnce(fairId, form, channel));
    }

    /**
     * A pass issued by an earlier registration, to show it again to the browser that registered: the public page
     * keeps the pass id in that browser's session on the server, never in the page. Empty once the pass is revoked
     * or the person's data purged.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<HeldPass> issuedPass(long passId) {
        return passes.find(passId).filter(pass -> pass.status() == PassStatus.ACTIVE)
                .flatMap(pass -> seekers.findById(pass.jobSeekerId()).filter(seeker -> !seeker.isPurged())
                        .map(seeker -> new HeldPass(pass, seeker.toCard())));
    }

    private RegistrationResult registerOnce(long fairId, SeekerRegistration form, Channel channel) {
        Instant now = clock.instant();
        var known = seekers.findFirstByPhoneAndPurgedAtIsNull(form.phone());
        if (known.isPresent() && channel.selfService()) {
            return new RegistrationResult(RegistrationResult.Outcome.PHONE_ALREADY_KNOWN, null, null);
        }
        JobSeeker seeker = known.orElseGet(() -> new JobSeeker(form.phone(), channel, now));
        Set<String> groupsBefore = seeker.keyGroups();
        seeker.update(form);
        seeker = seekers.saveAndFlush(seeker);
        long seekerId = seeker.getId();
        if (known.isPresent()) {
            // Whatever counts this person by key group, at every fair, follows the new answers.
            KeyGroupsChanged.between(seekerId, groupsBefore, form.keyGroups()).ifPresent(events::publishEvent);
        }
        consents.save(new Consent(seekerId, ConsentKind.PROCESSING, true, CONSENT_POLICY_VERSION, channel, now));
        consents.save(new Consent(seekerId, ConsentKind.SHARE_WITH_EMPLOYERS, form.shareWithEmployers(),
                CONSENT_POLICY_VERSION, channel, now));
        consents.save(new Consent(seekerId, ConsentKind.SHOW_LINE_ON_BADGE, form.showLineOnBadge(),
                CONSENT_POLICY_VERSION, channel, now));
        IssuedPass issued = passes.issue(fairId, seekerId);
        var outcome = issued.isNew() ? RegistrationResult.Outcome.REGISTERED
                : RegistrationResult.Outcome.ALREADY_REGISTERED;
        return new RegistrationResult(outcome, issued.pass(), seeker.toCard());
    }
}
