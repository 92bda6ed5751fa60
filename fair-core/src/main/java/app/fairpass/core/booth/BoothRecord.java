package app.fairpass.core.booth;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One per job seeker x employer x kind at a fair; scanning the same badge again updates it. */
@Entity
@Table(name = "booth_record")
class BoothRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long fairId;
    private long jobSeekerId;
    private long employerId;
    private Long positionId;
    @Enumerated(EnumType.STRING)
    private RecordKind kind;
    private Long staffUserId;
    private Instant recordedAt;
    private Instant updatedAt;
    private String nonce;
    private String note;
    private Integer rating;

    protected BoothRecord() {
    }

    BoothRecord(long fairId, long jobSeekerId, long employerId, RecordKind kind, Instant recordedAt) {
        this.fairId = fairId;
        this.jobSeekerId = jobSeekerId;
        this.employerId = employerId;
        this.kind = kind;
        this.recordedAt = recordedAt;
    }

    void apply(BoothRecordCommand command, long staffUserId, Instant at) {
        positionId = command.positionId();
        note = command.note();
        rating = command.rating();
        nonce = command.nonce();
        this.staffUserId = staffUserId;
        updatedAt = at;
    }

    /** Whether this command's nonce is the one of the record's last change: the same request again. */
    boolean appliedLast(String commandNonce) {
        return commandNonce != null && commandNonce.equals(nonce);
    }

    /** Whether the last change was the one that created the record. */
    boolean createdByLastChange() {
        return recordedAt.equals(updatedAt);
    }

    Long getId() {
        return id;
    }

    Long getPositionId() {
        return positionId;
    }
}
