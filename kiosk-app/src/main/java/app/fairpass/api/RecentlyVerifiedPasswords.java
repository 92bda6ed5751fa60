package app.fairpass.api;

import app.fairpass.core.ClockTicker;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A booth device sends its account's password (HTTP Basic) with every scan, and bcrypt costs tens of milliseconds
 * by design: this remembers that a password matched a stored hash, so a device pays for bcrypt when it starts and
 * again only after {@code keepFor} without a scan. A match in use is kept: were it forgotten a fixed time after the
 * first sign-in, every booth that opened with the fair would pay bcrypt in the same half minute, again and again
 * through the day. Only a digest of (password, stored hash) under a key made at start is kept, never the password.
 * A new password has a new hash and is checked afresh; a disabled account is still refused, because the account is
 * loaded and its state checked on every request before the password is compared. At most {@code maxEntries} are
 * kept; beyond that Caffeine forgets those least in use (such a device then pays bcrypt once more).
 */
final class RecentlyVerifiedPasswords implements PasswordEncoder {
    private final PasswordEncoder delegate;
    private final byte[] key = new byte[32];
    private final Cache<String, Boolean> verified;

    RecentlyVerifiedPasswords(PasswordEncoder delegate, Clock clock, Duration keepFor, int maxEntries) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder().ticker(new ClockTicker(clock)).expireAfterAccess(keepFor)
                .maximumSize(maxEntries).build();
        new SecureRandom().nextBytes(key);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String digest = digest(rawPassword, encodedPassword);
        if (verified.getIfPresent(digest) != null) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            verified.put(digest, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** How many matches are remembered, for the test that memory stays bounded. */
    long remembered() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private String digest(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
