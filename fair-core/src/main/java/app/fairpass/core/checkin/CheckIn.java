package app.fairpass.core.checkin;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The first entry of a pass; the table allows one per pass. */
@Entity
@Table(name = "check_in")
class CheckIn {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long fairId;
    private long passId;
    private Long kioskId;
    private Instant checkedInAt;
    private Instant deviceTime;
    private String nonce;

    protected CheckIn() {
    }

    CheckIn(long fairId, long passId, Long kioskId, Instant checkedInAt, Instant deviceTime, String nonce) {
        this.fairId = fairId;
        this.passId = passId;
        this.kioskId = kioskId;
        this.checkedInAt = checkedInAt;
        this.deviceTime = deviceTime;
        this.nonce = nonce;
    }

    Long getKioskId() {
        return kioskId;
    }

    Instant getCheckedInAt() {
        return checkedInAt;
    }
}
