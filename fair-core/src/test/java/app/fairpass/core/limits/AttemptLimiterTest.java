package app.fairpass.core.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fairpass.core.SteppedClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class AttemptLimiterTest {
    private final SteppedClock clock = new SteppedClock();
    private final AttemptLimiter limiter = new AttemptLimiter(clock, new MockEnvironment());

    @Test
    void allowsUpToTheLimitThenRefusesUntilTheWindowOfTheFirstAttemptHasPassed() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.allows(Limit.SIGN_IN_PER_ACCOUNT, "booth-a01")).isTrue();
            assertThat(limiter.count(Limit.SIGN_IN_PER_ACCOUNT, "booth-a01")).as("uses up the limit").isEqualTo(i == 4);
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(limiter.allows(Limit.SIGN_IN_PER_ACCOUNT, "booth-a01")).isFalse();
        // The first attempt was 5 minutes ago in a 15-minute window.
        assertThat(limiter.retryAfter(Limit.SIGN_IN_PER_ACCOUNT, "booth-a01")).isEqualTo(Duration.ofMinutes(10));
        assertThat(limiter.allows(Limit.SIGN_IN_PER_ACCOUNT, "booth-a02")).isTrue();
        assertThat(limiter.allows(Limit.SIGN_IN_PER_ADDRESS, "booth-a01")).isTrue();

        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.allows(Limit.SIGN_IN_PER_ACCOUNT, "booth-a01")).as("a new window").isTrue();
            limiter.count(Limit.SIGN_IN_PER_ACCOUNT, "booth-a01");
        }
        assertThat(limiter.retryAfter(Limit.SIGN_IN_PER_ACCOUNT, "booth-a01"))
                .as("five at once pause for the whole window").isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void forgivingClearsTheCount() {
        for (int i = 0; i < 5; i++) {
            limiter.count(Limit.SIGN_IN_PER_ACCOUNT, "organiser");
        }
        limiter.forgive(Limit.SIGN_IN_PER_ACCOUNT, "organiser");

        assertThat(limiter.allows(Limit.SIGN_IN_PER_ACCOUNT, "organiser")).isTrue();
    }

    @Test
    void aVenueCanRaiseALimitAndAMistypedSettingStopsTheStart() {
        MockEnvironment settings = new MockEnvironment()
                .withProperty("fairpass.limits.registrations-per-address", "60/PT10M");
        AttemptLimiter venue = new AttemptLimiter(clock, settings);
        for (int i = 0; i < 59; i++) {
            venue.count(Limit.REGISTRATIONS_PER_ADDRESS, "10.0.0.1");
        }
        assertThat(venue.allows(Limit.REGISTRATIONS_PER_ADDRESS, "10.0.0.1")).isTrue();
        venue.count(Limit.REGISTRATIONS_PER_ADDRESS, "10.0.0.1");
        assertThat(venue.allows(Limit.REGISTRATIONS_PER_ADDRESS, "10.0.0.1")).isFalse();

        MockEnvironment typo = new MockEnvironment().withProperty("fairpass.limits.sign-in-per-account", "5 per hour");
        assertThatThrownBy(() -> new AttemptLimiter(clock, typo))
                .hasMessageContaining("fairpass.limits.sign-in-per-account=5 per hour")
                .hasMessageContaining("5/PT15M");
    }

    @Test
    void keysOutsideTheirWindowAreDroppedSoMemoryStaysBounded() {
        for (int i = 0; i < 10_001; i++) {
            limiter.count(Limit.PAIRING_PER_ADDRESS, "10.1." + (i / 256) + "." + (i % 256));
        }
        clock.advance(Duration.ofMinutes(16));
        limiter.count(Limit.PAIRING_PER_ADDRESS, "10.9.9.9");

        assertThat(limiter.trackedKeys()).isEqualTo(1);
    }

    @Test
    void aFloodOfFreshKeysStaysBoundedToo() {
        for (int i = 0; i < 30_000; i++) {
            limiter.count(Limit.REGISTRATIONS_PER_ADDRESS, "10." + (i / 65_536) + "." + (i / 256 % 256) + "." + (i % 256));
        }

        assertThat(limiter.trackedKeys()).isLessThanOrEqualTo(10_000);
    }

    @Test
    void theLogShowsAFingerprintNotTheAddress() {
        assertThat(AttemptLimiter.fingerprint("192.168.1.23")).hasSize(8).doesNotContain("192");
        assertThat(AttemptLimiter.fingerprint("192.168.1.23")).isEqualTo(AttemptLimiter.fingerprint("192.168.1.23"));
        assertThat(AttemptLimiter.fingerprint("192.168.1.24")).isNotEqualTo(AttemptLimiter.fingerprint("192.168.1.23"));
    }
}
