package app.fairpass.core.kiosk;

import app.fairpass.core.ClockTicker;
import app.fairpass.core.account.Roles;
import app.fairpass.core.audit.AuditAction;
import app.fairpass.core.audit.AuditLog;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Kiosk devices: an organiser creates one and hands out a one-time pairing code; the browser that enters it gets
 * a long-lived device credential. Codes and credentials are stored only as SHA-256 hashes: both are random and
 * long-lived at most 30 minutes (codes) or until revoked (credentials), so a plain hash suffices.
 */
@Service
@Validated
public class KioskService {
    public static final Duration PAIRING_VALID_FOR = Duration.ofMinutes(30);
    private static final int PAIRING_DIGITS = 8;
    private static final int TOKEN_BYTES = 32;
    /**
     * A kiosk sends its credential with every request, hundreds a second across a busy entrance; a credential
     * checked this recently is taken as it was. Longer than the quarter minute between one kiosk's scans at a quiet
     * hour, or most scans would pay for the lookup and the "last seen" write. Revoking or re-pairing on this server
     * forgets it at once; a check-in reads the kiosk's row in its own transaction anyway, so another server's
     * revocation stops scans at once too (only a re-pairing there leaves the old credential good here this long).
     */
    static final Duration CREDENTIAL_REMEMBERED_FOR = Duration.ofMinutes(2);
    private static final int CREDENTIALS_REMEMBERED = 1_000;

    private final KioskDeviceRepository kiosks;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, KioskPrincipal> recentCredentials;

    KioskService(KioskDeviceRepository kiosks, AuditLog audit, TransactionTemplate tx, Clock clock) {
        this.kiosks = kiosks;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.recentCredentials = Caffeine.newBuilder().ticker(new ClockTicker(clock))
                .expireAfterWrite(CREDENTIAL_REMEMBERED_FOR).maximumSize(CREDENTIALS_REMEMBERED).build();
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public KioskInfo create(@Valid NewKiosk kiosk) {
        KioskInfo created = kiosks.save(new KioskDevice(kiosk, clock.instant())).toInfo();
        audit.record(AuditAction.KIOSK_CREATED, "kiosk:" + created.id(), created.name());
        return created;
    }

    /** Kiosk names are unique: the organiser tells the devices apart by them. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public boolean isNameTaken(String name) {
        return kiosks.existsByName(name);
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<KioskInfo> list() {
        return kiosks.findAllByOrderByName().stream().map(KioskDevice::toInfo).toList();
    }

    /** A new one-time code for the kiosk, valid for {@link #PAIRING_VALID_FOR}; any earlier code stops working. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public PairingCode newPairingCode(long kioskId) {
        KioskDevice kiosk = kiosks.findById(kioskId).orElseThrow(() -> new IllegalArgumentException("no kiosk " + kioskId));
        String code;
        do {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < PAIRING_DIGITS; i++) {
                digits.append(random.nextInt(10));
            }
            code = digits.toString();
        } while (kiosks.findByPairingCodeHash(hash(code)).isPresent());
        Instant expiresAt = clock.instant().plus(PAIRING_VALID_FOR);
        kiosk.offerPairing(hash(code), expiresAt);
        audit.record(AuditAction.KIOSK_PAIRING_CODE, "kiosk:" + kioskId, null);
        return new PairingCode(kioskId, code, expiresAt);
    }

    /** Makes the device that entered a valid code the kiosk; empty for a wrong, used or expired code. */
    @PermitAll
    @Transactional
    public Optional<PairedKiosk> pair(String enteredCode) {
        String cleaned = enteredCode == null ? "" : enteredCode.replaceAll("[\\s-]", "");
        if (!cleaned.matches("[0-9]{" + PAIRING_DIGITS + "}")) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<KioskDevice> found = kiosks.findByPairingCodeHash(hash(cleaned)).filter(k -> k.pairingValidAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        KioskDevice kiosk = found.get();
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        kiosk.pair(hash(token), now);
        forgetCredentials(kiosk.getId());
        audit.record(AuditAction.KIOSK_PAIRED, "kiosk:" + kiosk.getId(), null);
        return Optional.of(new PairedKiosk(kiosk.toPrincipal(), token));
    }

    /**
     * The kiosk holding this device credential, unless it was revoked or replaced. Notes when it was last seen.
     * Not transactional itself: a recently checked credential needs no database at all.
     */
    @PermitAll
    public Optional<KioskPrincipal> authenticate(String deviceToken) {
        if (deviceToken == null || deviceToken.isBlank() || deviceToken.length() > 100) {
            return Optional.empty();
        }
        String tokenHash = hash(deviceToken);
        KioskPrincipal recent = recentCredentials.getIfPresent(tokenHash);
        if (recent != null) {
            return Optional.of(recent);
        }
        Instant now = clock.instant();
        Optional<KioskPrincipal> kiosk = tx.execute(status -> kiosks.findByTokenHash(tokenHash)
                .filter(k -> !k.isRevoked())
                .map(k -> {
                    k.seen(now);
                    return k.toPrincipal();
                }));
        kiosk.ifPresent(found -> recentCredentials.put(tokenHash, found));
        return kiosk;
    }

    /** The paired device stops working at its next request; a new pairing code brings the kiosk back. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public KioskInfo revoke(long kioskId) {
        KioskDevice kiosk = kiosks.findById(kioskId).orElseThrow(() -> new IllegalArgumentException("no kiosk " + kioskId));
        kiosk.revoke(clock.instant());
        forgetCredentials(kioskId);
        audit.record(AuditAction.KIOSK_REVOKED, "kiosk:" + kioskId, null);
        return kiosk.toInfo();
    }

    /** A kiosk itself (its own setup) and the core's check-in, which acts for a kiosk; not a browsing API. */
    @RolesAllowed({Roles.KIOSK, Roles.ORGANISER})
    @Transactional(readOnly = true)
    public Optional<KioskInfo> find(long kioskId) {
        return kiosks.findById(kioskId).map(KioskDevice::toInfo);
    }

    /** After the commit: a credential checked before it would otherwise be remembered as still good. */
    private void forgetCredentials(long kioskId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                recentCredentials.asMap().values().removeIf(recent -> recent.kioskId() == kioskId);
            }
        });
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
