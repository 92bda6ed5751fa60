package app.fairpass.core.pass;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A job seeker's registration for one fair. The code itself is not stored: it is recomputed from its parts. */
@Entity
class Pass {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long fairId;
    private long jobSeekerId;
    private String randomId;
    private String shortId;
    private String keyId;
    @Enumerated(EnumType.STRING)
    private PassStatus status;
    private Instant issuedAt;

    protected Pass() {
    }

    Pass(long fairId, long jobSeekerId, PassCode code, Instant issuedAt) {
        this.fairId = fairId;
        this.jobSeekerId = jobSeekerId;
        this.randomId = code.randomId();
        this.shortId = code.shortId();
        this.keyId = String.valueOf(code.keyId());
        this.status = PassStatus.ACTIVE;
        this.issuedAt = issuedAt;
    }

    Long getId() {
        return id;
    }

    long getFairId() {
        return fairId;
    }

    long getJobSeekerId() {
        return jobSeekerId;
    }

    String getRandomId() {
        return randomId;
    }

    char keyId() {
        return keyId.charAt(0);
    }

    PassStatus getStatus() {
        return status;
    }

    void revoke() {
        status = PassStatus.REVOKED;
    }
}
