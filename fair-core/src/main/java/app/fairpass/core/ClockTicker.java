package app.fairpass.core;

import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The injected {@link Clock} as the nanosecond time source that Caffeine's expiry and Bucket4j's refills read, so
 * they follow the same time as the domain, and a test that moves its clock moves them too.
 */
public record ClockTicker(Clock clock) implements Ticker, TimeMeter {
    @Override
    public long read() {
        return ChronoUnit.NANOS.between(Instant.EPOCH, clock.instant());
    }

    @Override
    public long currentTimeNanos() {
        return read();
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
