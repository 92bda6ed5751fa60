package app.fairpass.core.limits;

import app.fairpass.core.ClockTicker;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Counts attempts per key (an account, an address) and refuses a key that has used up its {@link Limit} until the
 * window that its first counted attempt opened has passed; the next attempt opens a new window. Each key is a
 * Bucket4j bucket of {@code max} tokens that all come back once the window has passed. Kept in memory: a limit slows
 * guessing on this server, and a restart forgives everyone, which is the right failure for a fair day.
 */
@Component
public class AttemptLimiter {
    private static final Logger log = LoggerFactory.getLogger(AttemptLimiter.class);
    /** Keys kept per limit; beyond that Caffeine drops those least in use, so a flood of new addresses drops its own. */
    private static final int KEYS_PER_LIMIT = 10_000;

    private final Map<Limit, Rule> rules = new EnumMap<>(Limit.class);

    AttemptLimiter(Clock clock, Environment settings) {
        ClockTicker time = new ClockTicker(clock);
        for (Limit limit : Limit.values()) {
            rules.put(limit, Rule.parse(settings.getProperty(limit.property()), limit, time));
        }
    }

    /** Whether {@code who} may try now. */
    public boolean allows(Limit limit, String who) {
        return retryAfter(limit, who).isZero();
    }

    /** How long {@code who} must wait before the next attempt is allowed; zero when it is allowed now. */
    public Duration retryAfter(Limit limit, String who) {
        Bucket bucket = rules.get(limit).buckets().getIfPresent(who);
        return bucket == null ? Duration.ZERO
                : Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    /**
     * Counts one attempt by {@code who}; the attempt that uses up the limit is logged (without the key itself) and
     * answers true.
     */
    public boolean count(Limit limit, String who) {
        Rule rule = rules.get(limit);
        ConsumptionProbe attempt = rule.buckets().get(who, key -> rule.newBucket()).tryConsumeAndReturnRemaining(1);
        boolean reached = attempt.isConsumed() && attempt.getRemainingTokens() == 0;
        if (reached) {
            log.warn("Limit {} reached for {} ({} attempts in {})", limit, fingerprint(who), rule.max(), rule.window());
        }
        return reached;
    }

    /** Forgets {@code who}'s attempts, e.g. after a correct password. */
    public void forgive(Limit limit, String who) {
        rules.get(limit).buckets().invalidate(who);
    }

    /** How many keys are tracked, for the tests that memory stays bounded. */
    long trackedKeys() {
        return rules.values().stream().mapToLong(rule -> {
            rule.buckets().cleanUp();
            return rule.buckets().estimatedSize();
        }).sum();
    }

    /** Addresses and account names stay out of the log; a short hash still lets one tell repeat offenders apart. */
    static String fingerprint(String who) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.valueOf(who).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One limit's setting and buckets. A bucket is dropped when its window has passed: it would be full again by then,
     * and the key's next attempt opens a new window.
     */
    private record Rule(int max, Duration window, ClockTicker time, Cache<String, Bucket> buckets) {
        static Rule parse(String setting, Limit limit, ClockTicker time) {
            if (setting == null || setting.isBlank()) {
                return new Rule(limit.defaultMax(), limit.defaultWindow(), time);
            }
            String[] parts = setting.trim().split("/", 2);
            try {
                int max = Integer.parseInt(parts[0].trim());
                Duration window = Duration.parse(parts[1].trim());
                if (max < 1 || window.isNegative() || window.isZero()) {
                    throw new IllegalArgumentException("needs at least 1 attempt in a positive window");
                }
                return new Rule(max, window, time);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(limit.property() + "=" + setting
                        + " is not <max>/<ISO duration>, e.g. 5/PT15M", e);
            }
        }

        Rule(int max, Duration window, ClockTicker time) {
            this(max, window, time, Caffeine.newBuilder().ticker(time).expireAfterWrite(window)
                    .maximumSize(KEYS_PER_LIMIT).build());
        }

        Bucket newBucket() {
            return Bucket.builder().addLimit(bandwidth -> bandwidth.capacity(max).refillIntervally(max, window))
                    .withCustomTimePrecision(time).build();
        }
    }
}
