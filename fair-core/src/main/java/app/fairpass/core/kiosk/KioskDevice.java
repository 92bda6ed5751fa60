package app.fairpass.core.kiosk;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;


@Entity
@Table(name = "kiosk_device")
class KioskDevice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long fairId;
    private String name;
    private String location;
    @Enumerated(EnumType.STRING)
    private PrintMode printMode;
    private String printerQueue;
    private String badgeStock;
    private String pairingCodeHash;
    private Instant pairingExpiresAt;
    private String tokenHash;
    private Instant pairedAt;
    private Instant revokedAt;
    private Instant lastSeenAt;
    private Instant createdAt;

    protected KioskDevice() {
    }

    KioskDevice(NewKiosk kiosk, Instant createdAt) {
        this.fairId = kiosk.fairId();
        this.name = kiosk.name().strip();
        this.location = kiosk.location();
        this.printMode = kiosk.printMode();
        this.printerQueue = kiosk.printerQueue();
        this.badgeStock = kiosk.badgeStock();
        this.createdAt = createdAt;
    }

    KioskInfo toInfo() {
        return new KioskInfo(id, fairId, name, location, printMode, printerQueue, badgeStock, revokedAt != null,
                lastSeenAt, tokenHash != null);
    }

    KioskPrincipal toPrincipal() {
        return new KioskPrincipal(id, name, fairId);
    }

    Long getId() {
        return id;
    }

    /** A new code replaces any earlier one; the device paired before keeps working until the new one is used. */
    void offerPairing(String codeHash, Instant expiresAt) {
        pairingCodeHash = codeHash;
        pairingExpiresAt = expiresAt;
    }

    boolean pairingValidAt(Instant now) {
        return pairingCodeHash != null && pairingExpiresAt != null && now.isBefore(pairingExpiresAt);
    }

    /** One device per kiosk: pairing a new one shuts the earlier one out. */
    void pair(String newTokenHash, Instant now) {
        pairingCodeHash = null;
        pairingExpiresAt = null;
        tokenHash = newTokenHash;
        pairedAt = now;
        revokedAt = null;
        lastSeenAt = now;
    }

    void revoke(Instant now) {
        pairingCodeHash = null;
        pairingExpiresAt = null;
        tokenHash = null;
        revokedAt = now;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    /** Written at most once a minute, so a busy kiosk does not write on every request. */
    void seen(Instant now) {
        if (lastSeenAt == null || lastSeenAt.isBefore(now.minusSeconds(60))) {
            lastSeenAt = now;
        }
    }
}
