package app.fairpass.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** The replay's time: it stands still until the replay moves it to the next thing that happens. */
final class ReplayClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    ReplayClock(Instant start, ZoneId zone) {
        this(new AtomicReference<>(start), zone);
    }

    private ReplayClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ReplayClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
