package app.fairpass.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * loaded and its state checked on every request before the password is compared.
 */
final class RecentlyVerifiedPasswords implements PasswordEncoder {
    private final PasswordEncoder delegate;
    private final Clock clock;
    private final Duration keepFor;
    private final int maxEntries;
    private final byte[] key = new byte[32];
    private final Map<String, Instant> verifiedUntil = new ConcurrentHashMap<>();

    RecentlyVerifiedPasswords(PasswordEncoder delegate, Clock clock, Duration keepFor, int maxEntries) {
        this.delegate = delegate;
        this.clock = clock;
        this.keepFor = keepFor;
        this.maxEntries = maxEntries;
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
        Instant now = clock.instant();
        Instant until = verifiedUntil.get(digest);
        if (until != null && now.isBefore(until)) {
            verifiedUntil.computeIfPresent(digest, (same, before) -> now.plus(keepFor));
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            remember(digest, now);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** Bounded: expired entries go first; if every entry is fresh, all go (each device then pays bcrypt once more). */
    private void remember(String digest, Instant now) {
        if (verifiedUntil.size() >= maxEntries) {
            verifiedUntil.values().removeIf(until -> !now.isBefore(until));
            if (verifiedUntil.size() >= maxEntries) {
                verifiedUntil.clear();
            }
        }
        verifiedUntil.put(digest, now.plus(keepFor));
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
