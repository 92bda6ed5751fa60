package app.fairpass.core.booth;

import app.fairpass.core.ConflictRetry;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.account.Roles;
import app.fairpass.core.audit.AuditAction;
import app.fairpass.core.audit.AuditLog;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.pass.CodeCheck;
import app.fairpass.core.pass.PassRef;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/** Records "resume received" and "intention reached" for the signed-in employer. */
@Service
@Validated
public class BoothRecordService {
    private static final Logger log = LoggerFactory.getLogger(BoothRecordService.class);
    private final BoothRecordRepository records;
    private final BadgeResolver badges;
    private final EmployerService employers;
    private final AuditLog audit;
    private final ConflictRetry retry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BoothRecordService(BoothRecordRepository records, BadgeResolver badges, EmployerService employers,
            AuditLog audit, ConflictRetry retry, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.badges = badges;
        this.employers = employers;
        this.audit = audit;
        this.retry = retry;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed(Roles.EMPLOYER)
    public BoothRecordResult record(@Valid BoothRecordCommand command) {
        FairPassUser staff = FairPassUser.current().filter(user -> user.employerId() != null)
                .orElseThrow(() -> new AccessDeniedException("not an employer account"));
        BoothRecordResult result = retry.inTransaction(status -> recordOnce(command, staff));
        if (result.recordId() == null) {
            // Ids only: who tried what where, never the badge, the note or the person.
            log.info("booth record refused: {} (employer {}, fair {}, position {})", result.outcome(),
                    staff.employerId(), command.fairId(), command.positionId());
        }
        return result;
    }

    private BoothRecordResult recordOnce(BoothRecordCommand command, FairPassUser staff) {
        long employerId = staff.employerId();
        if (!employers.hasBooth(command.fairId(), employerId)) {
            return BoothRecordResult.rejected(BoothRecordResult.Outcome.NOT_AT_THIS_FAIR);
        }
        if (command.positionId() != null && employers.position(command.positionId())
                .filter(p -> p.employerId() == employerId && p.fairId() == command.fairId()).isEmpty()) {
            return BoothRecordResult.rejected(BoothRecordResult.Outcome.INVALID_POSITION);
        }
        CodeCheck check = badges.resolve(command.fairId(), command.scanned());
        if (check.verdict() == CodeCheck.Verdict.WRONG_FAIR) {
            return BoothRecordResult.rejected(BoothRecordResult.Outcome.WRONG_FAIR);
        }
        if (check.pass() == null) {
            return BoothRecordResult.rejected(BoothRecordResult.Outcome.UNKNOWN_PASS);
        }
        PassRef pass = check.pass();
        Instant now = clock.instant();
        long seekerId = pass.jobSeekerId();
        Optional<BoothRecord> existing = records.findByFairIdAndJobSeekerIdAndEmployerIdAndKind(command.fairId(),
                seekerId, employerId, command.kind());
        if (existing.isPresent() && existing.get().appliedLast(command.nonce())) {
            // The same tap again (a retried request, a second tap on a slow screen): its answer, nothing changed.
            return new BoothRecordResult(existing.get().createdByLastChange() ? BoothRecordResult.Outcome.RECORDED
                    : BoothRecordResult.Outcome.UPDATED, existing.get().getId(), pass.shortId());
        }
        Long positionBefore = existing.map(BoothRecord::getPositionId).orElse(null);
        BoothRecord record = existing.orElseGet(() -> new BoothRecord(command.fairId(), seekerId, employerId,
                command.kind(), now));
        record.apply(command, staff.id(), now);
        record = records.saveAndFlush(record);
        if (existing.isEmpty()) {
            events.publishEvent(new BoothRecorded(record.getId(), command.fairId(), employerId, seekerId,
                    command.kind(), command.positionId()));
        } else if (command.kind() == RecordKind.INTENTION && !Objects.equals(positionBefore, command.positionId())) {
            events.publishEvent(new IntentionMoved(record.getId(), command.fairId(), employerId, positionBefore,
                    command.positionId()));
        }
        audit.record(switch (command.kind()) {
            case RESUME -> AuditAction.BOOTH_RESUME;
            case INTENTION -> AuditAction.BOOTH_INTENTION;
        }, "booth_record:" + record.getId(), null);
        var outcome = existing.isPresent() ? BoothRecordResult.Outcome.UPDATED : BoothRecordResult.Outcome.RECORDED;
        return new BoothRecordResult(outcome, record.getId(), pass.shortId());
    }
}
