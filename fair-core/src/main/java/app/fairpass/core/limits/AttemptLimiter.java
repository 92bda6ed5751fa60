package app.fairpass.core.limits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Counts attempts per key (an account, an address, a kiosk) in a sliding window and refuses a key that has used up
 * its {@link Limit} until its oldest counted attempt leaves the window. Kept in memory: a limit slows guessing on
 * this server, and a restart forgives everyone, which is the right failure for a fair day.
 */
@Component
public class AttemptLimiter {
    private static final Logger log = LoggerFactory.getLogger(AttemptLimiter.class);
    /** Above this many keys, those with no attempt inside their window are dropped. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<Limit, Rule> rules = new EnumMap<>(Limit.class);
    private final ConcurrentHashMap<Key, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    AttemptLimiter(Clock clock, Environment settings) {
        this.clock = clock;
        for (Limit limit : Limit.values()) {
            rules.put(limit, Rule.parse(settings.getProperty(limit.property()), limit));
        }
    }

    /** Whether {@code who} may try now. */
    public boolean allows(Limit limit, String who) {
        return retryAfter(limit, who).isZero();
    }

    /** How long {@code who} must wait before the next attempt is allowed; zero when it is allowed now. */
    public Duration retryAfter(Limit limit, String who) {
        Deque<Instant> recent = attempts.get(new Key(limit, who));
        if (recent == null) {
            return Duration.ZERO;
        }
        Rule rule = rules.get(limit);
        Instant now = clock.instant();
        synchronized (recent) {
            dropExpired(recent, rule, now);
            return recent.size() < rule.max() ? Duration.ZERO
                    : Duration.between(now, recent.peekFirst().plus(rule.window()));
        }
    }

    /**
     * Counts one attempt by {@code who}; the attempt that uses up the limit is logged (without the key itself) and
     * answers true.
     */
    public boolean count(Limit limit, String who) {
        Rule rule = rules.get(limit);
        Instant now = clock.instant();
        Deque<Instant> recent = attempts.computeIfAbsent(new Key(limit, who), key -> new ArrayDeque<>());
        boolean reached;
        synchronized (recent) {
            dropExpired(recent, rule, now);
            recent.addLast(now);
            reached = recent.size() == rule.max();
        }
        if (reached) {
            log.warn("Limit {} reached for {} ({} attempts in {})", limit, fingerprint(who), rule.max(), rule.window());
        }
        if (attempts.size() > PRUNE_ABOVE) {
            prune(now);
        }
        return reached;
    }

    /** Forgets {@code who}'s attempts, e.g. after a correct password. */
    public void forgive(Limit limit, String who) {
        attempts.remove(new Key(limit, who));
    }

    /** How many keys are tracked, for the test that memory stays bounded. */
    int trackedKeys() {
        return attempts.size();
    }

    private void prune(Instant now) {
        attempts.entrySet().removeIf(entry -> {
            Deque<Instant> recent = entry.getValue();
            synchronized (recent) {
                dropExpired(recent, rules.get(entry.getKey().limit()), now);
                return recent.isEmpty();
            }
        });
    }

    private static void dropExpired(Deque<Instant> recent, Rule rule, Instant now) {
        Instant horizon = now.minus(rule.window());
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
            recent.removeFirst();
        }
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

    private record Key(Limit limit, String who) {
    }

    private record Rule(int max, Duration window) {
        static Rule parse(String setting, Limit limit) {
            if (setting == null || setting.isBlank()) {
                return new Rule(limit.defaultMax(), limit.defaultWindow());
            }
            String[] parts = setting.trim().split("/", 2);
            try {
                Rule rule = new Rule(Integer.parseInt(parts[0].trim()), Duration.parse(parts[1].trim()));
                if (rule.max() < 1 || rule.window().isNegative() || rule.window().isZero()) {
                    throw new IllegalArgumentException("needs at least 1 attempt in a positive window");
                }
                return rule;
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(limit.property() + "=" + setting
                        + " is not <max>/<ISO duration>, e.g. 5/PT15M", e);
            }
        }
    }
}
