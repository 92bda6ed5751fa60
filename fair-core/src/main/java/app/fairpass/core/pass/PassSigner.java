package app.fairpass.core.pass;

import app.fairpass.core.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs and verifies pass codes with the server's HMAC keys. The first key is made when the server starts; rotating
 * adds a new signing key while codes signed by older keys stay valid. Keys are cached: verifying costs no database
 * work.
 */
@Component
public class PassSigner implements SmartInitializingSingleton {
    private final PassKeyRepository keys;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Replaced whole on load and rotation, so a verify never sees a half-built key set. */
    private volatile KeySet keySet;

    private record KeySet(Map<Character, SecretKeySpec> byId, char signingKeyId) {
    }

    PassSigner(PassKeyRepository keys, TransactionTemplate tx, Clock clock) {
        this.keys = keys;
        this.tx = tx;
        this.clock = clock;
    }

    /** A new, signed code for a pass of {@code fairId}. */
    PassCode newCode(long fairId) {
        String randomId = Base32.encode(random.nextLong(), PassCode.RANDOM_CHARS);
        return sign(keySet.signingKeyId(), fairId, randomId);
    }

    /** The code of an existing pass, recomputed from its stored parts. */
    PassCode codeOf(char keyId, long fairId, String randomId) {
        return sign(keyId, fairId, randomId);
    }

    /** Whether the code's MAC is right, compared in constant time. Unknown key ids are simply not valid. */
    boolean verify(PassCode code) {
        SecretKeySpec key = keySet.byId().get(code.keyId());
        if (key == null) {
            return false;
        }
        byte[] expected = mac(key, code.signedPart()).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, code.mac().getBytes(StandardCharsets.US_ASCII));
    }

    /** Starts signing with a fresh key; codes already printed stay valid. */
    @RolesAllowed(Roles.ORGANISER)
    public char rotate() {
        char current = keySet.signingKeyId();
        char next = Base32.ALPHABET.charAt((Base32.ALPHABET.indexOf(current) + 1) % Base32.ALPHABET.length());
        tx.executeWithoutResult(status -> {
            keys.findById(String.valueOf(current)).ifPresent(old -> old.retire(clock.instant()));
            keys.deleteById(String.valueOf(next)); // only after 32 rotations: the oldest key goes
            keys.flush();
            keys.save(newKey(next));
        });
        return reload().signingKeyId();
    }

    private PassCode sign(char keyId, long fairId, String randomId) {
        PassCode unsigned = new PassCode(keyId, fairId, randomId, "");
        SecretKeySpec key = keySet.byId().get(keyId);
        if (key == null) {
            throw new IllegalStateException("no pass key " + keyId);
        }
        return new PassCode(keyId, fairId, randomId, mac(key, unsigned.signedPart()));
    }

    private static String mac(SecretKeySpec key, String signedPart) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(signedPart.getBytes(StandardCharsets.US_ASCII));
            long first8 = 0;
            for (int i = 0; i < 8; i++) {
                first8 = (first8 << 8) | (digest[i] & 0xff);
            }
            return Base32.encode(first8 >>> (64 - 5 * PassCode.MAC_CHARS), PassCode.MAC_CHARS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * Loads the keys, making the first one, in a transaction of its own before the server takes requests. Made on
     * first use, it joined that registration's transaction: other requests signed with it before it was committed,
     * and a rollback lost it while the cache kept signing with it.
     */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            tx.executeWithoutResult(status -> {
                if (keys.count() == 0) {
                    keys.saveAndFlush(newKey('A'));
                }
            });
        } catch (DataIntegrityViolationException madeByAnotherServer) {
            // Two servers on one PostgreSQL starting at once: the other one's key is the first key.
        }
        reload();
    }

    private synchronized KeySet reload() {
        Map<Character, SecretKeySpec> byId = new HashMap<>();
        char signing = 0;
        for (PassKey key : tx.execute(status -> keys.findAll())) {
            byId.put(key.keyId(), new SecretKeySpec(HexFormat.of().parseHex(key.secret()), "HmacSHA256"));
            if (!key.isRetired()) {
                signing = key.keyId();
            }
        }
        keySet = new KeySet(Map.copyOf(byId), signing);
        return keySet;
    }

    private PassKey newKey(char keyId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return new PassKey(keyId, HexFormat.of().formatHex(secret), clock.instant());
    }
}
