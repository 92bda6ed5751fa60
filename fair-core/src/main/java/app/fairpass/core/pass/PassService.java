package app.fairpass.core.pass;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues passes and resolves scanned codes. Used by the other core services, which own the role checks of their
 * own use cases; this class is not exposed to views.
 */
@Service
public class PassService {
    private final PassRepository passes;
    private final PassSigner signer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PassService(PassRepository passes, PassSigner signer, ApplicationEventPublisher events, Clock clock) {
        this.passes = passes;
        this.signer = signer;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The job seeker's pass for the fair, issued now if there is none. Joins the caller's transaction; a
     * short-id collision (about one in 10^12 per pair) fails the insert and the caller retries.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedPass issue(long fairId, long jobSeekerId) {
        Optional<Pass> existing = passes.findByFairIdAndJobSeekerId(fairId, jobSeekerId);
        if (existing.isPresent()) {
            return new IssuedPass(toRef(existing.get()), false);
        }
        Pass pass = passes.saveAndFlush(new Pass(fairId, jobSeekerId, signer.newCode(fairId), clock.instant()));
        events.publishEvent(new PassIssued(pass.getId(), fairId, jobSeekerId));
        return new IssuedPass(toRef(pass), true);
    }

    /** Cleans, parses and verifies a scanned text for {@code fairId}; looks up the pass only when the MAC holds. */
    @Transactional(readOnly = true)
    public CodeCheck check(String raw, long fairId) {
        PassCode code = PassCode.parse(ScannerInput.clean(raw));
        if (code == null || !signer.verify(code)) {
            return CodeCheck.of(CodeCheck.Verdict.INVALID, code);
        }
        if (code.fairId() != fairId) {
            return CodeCheck.of(CodeCheck.Verdict.WRONG_FAIR, code);
        }
        return passes.findByRandomId(code.randomId())
                .filter(pass -> pass.getFairId() == fairId)
                .map(pass -> new CodeCheck(CodeCheck.Verdict.FOUND, code, toRef(pass)))
                .orElseGet(() -> CodeCheck.of(CodeCheck.Verdict.UNKNOWN, code));
    }

    /** A pass by the short id printed under the QR ("7K3M-9QX2"), as typed at a booth. */
    @Transactional(readOnly = true)
    public Optional<PassRef> findByShortId(long fairId, String typed) {
        String cleaned = ScannerInput.clean(typed).replace("-", "");
        if (cleaned.length() != PassCode.SHORT_ID_CHARS || !Base32.isAlphabet(cleaned)) {
            return Optional.empty();
        }
        return passes.findByFairIdAndShortId(fairId, cleaned).map(this::toRef);
    }

    @Transactional(readOnly = true)
    public Optional<PassRef> find(long passId) {
        return passes.findById(passId).map(this::toRef);
    }

    @Transactional(readOnly = true)
    public Optional<PassRef> findForSeeker(long fairId, long jobSeekerId) {
        return passes.findByFairIdAndJobSeekerId(fairId, jobSeekerId).map(this::toRef);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void revoke(long passId) {
        passes.findById(passId).orElseThrow(() -> new IllegalArgumentException("no pass " + passId)).revoke();
    }

    private PassRef toRef(Pass pass) {
        PassCode code = signer.codeOf(pass.keyId(), pass.getFairId(), pass.getRandomId());
        return new PassRef(pass.getId(), pass.getFairId(), pass.getJobSeekerId(), code, pass.getStatus());
    }

    /** @param isNew false when the job seeker already held a pass for the fair */
    public record IssuedPass(PassRef pass, boolean isNew) {
    }
}
