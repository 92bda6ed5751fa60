package app.fairpass.core.seeker;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One recorded choice; never updated, a later choice is a new row. */
@Entity
class Consent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long jobSeekerId;
    @Enumerated(EnumType.STRING)
    private ConsentKind kind;
    private boolean granted;
    private String policyVersion;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private Instant recordedAt;

    protected Consent() {
    }

    Consent(long jobSeekerId, ConsentKind kind, boolean granted, String policyVersion, Channel channel,
            Instant recordedAt) {
        this.jobSeekerId = jobSeekerId;
        this.kind = kind;
        this.granted = granted;
        this.policyVersion = policyVersion;
        this.channel = channel;
        this.recordedAt = recordedAt;
    }
}
