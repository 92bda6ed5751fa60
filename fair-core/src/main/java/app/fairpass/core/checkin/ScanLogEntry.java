package app.fairpass.core.checkin;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One scan attempt and its outcome. Holds ids only: neither the raw text scanned nor anything personal. */
@Entity
@Table(name = "scan_log")
class ScanLogEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long kioskId;
    private Long fairId;
    private Long passId;
    @Enumerated(EnumType.STRING)
    private CheckInOutcome outcome;
    private String nonce;
    private Instant scannedAt;
    private Instant deviceTime;

    protected ScanLogEntry() {
    }

    ScanLogEntry(CheckInRequest request, Long fairId, Long passId, CheckInOutcome outcome, Instant scannedAt) {
        this.kioskId = request.kioskId();
        this.fairId = fairId;
        this.passId = passId;
        this.outcome = outcome;
        this.nonce = request.nonce();
        this.scannedAt = scannedAt;
        this.deviceTime = request.deviceTime();
    }

    Long getPassId() {
        return passId;
    }

    Long getFairId() {
        return fairId;
    }

    CheckInOutcome getOutcome() {
        return outcome;
    }
}
