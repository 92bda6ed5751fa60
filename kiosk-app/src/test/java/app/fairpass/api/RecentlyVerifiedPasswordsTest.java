package app.fairpass.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class RecentlyVerifiedPasswordsTest {
    final CountingEncoder bcrypt = new CountingEncoder();
    final MovableClock clock = new MovableClock();
    final RecentlyVerifiedPasswords passwords = new RecentlyVerifiedPasswords(bcrypt, clock, Duration.ofMinutes(10), 3);

    @Test
    void aMatchInUseIsKeptAllDayAndCheckedAgainAfterAnIdleSpell() {
        assertThat(passwords.matches("secret-1", "hash-of:secret-1")).isTrue();
        for (int scan = 0; scan < 60; scan++) {
            clock.advance(Duration.ofMinutes(9));
            assertThat(passwords.matches("secret-1", "hash-of:secret-1")).isTrue();
        }
        assertThat(bcrypt.calls).hasValue(1);

        clock.advance(Duration.ofMinutes(11));
        assertThat(passwords.matches("secret-1", "hash-of:secret-1")).isTrue();
        assertThat(bcrypt.calls).hasValue(2);
    }

    @Test
    void aWrongPasswordIsNeverRememberedAndANewHashIsCheckedAfresh() {
        assertThat(passwords.matches("secret-1", "hash-of:secret-1")).isTrue();

        assertThat(passwords.matches("guess", "hash-of:secret-1")).isFalse();
        assertThat(passwords.matches("guess", "hash-of:secret-1")).isFalse();
        assertThat(passwords.matches("secret-1", "hash-of:secret-2")).isFalse();
        assertThat(bcrypt.calls).hasValue(4);
    }

    @Test
    void aFullCacheStaysBoundedAndStillAnswersRight() {
        for (int i = 0; i < 10; i++) {
            assertThat(passwords.matches("p" + i, "hash-of:p" + i)).isTrue();
        }
        assertThat(passwords.remembered()).isLessThanOrEqualTo(3);

        for (int i = 0; i < 10; i++) {
            assertThat(passwords.matches("p" + i, "hash-of:p" + i)).isTrue();
        }
        assertThat(bcrypt.calls).as("at most three of the ten were remembered").hasValueGreaterThanOrEqualTo(17);
    }

    /** Stands in for bcrypt: "hash-of:x" matches x, and every real comparison is counted. */
    static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "hash-of:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            calls.incrementAndGet();
            return encoded.equals(encode(raw));
        }
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-06-30T01:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
