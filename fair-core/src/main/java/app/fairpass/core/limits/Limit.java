package app.fairpass.core.limits;

import java.time.Duration;

/**
 * What is limited, and the default: at most {@code max} counted attempts per key within {@code window}. Each can be
 * set with {@code fairpass.limits.<name>=<max>/<ISO duration>}, e.g. {@code fairpass.limits.registrations-per-address=
 * 60/PT10M} for a venue whose visitors all share one Wi-Fi address.
 */
public enum Limit {
    /** Wrong passwords for one account, from anywhere. */
    SIGN_IN_PER_ACCOUNT("sign-in-per-account", 5, Duration.ofMinutes(15)),
    /** Wrong passwords from one address, for any account. */
    SIGN_IN_PER_ADDRESS("sign-in-per-address", 30, Duration.ofMinutes(15)),
    /** Wrong pairing codes from one address. */
    PAIRING_PER_ADDRESS("pairing-per-address", 5, Duration.ofMinutes(15)),
    /** Online registrations (and attempts with a known phone) from one address. */
    REGISTRATIONS_PER_ADDRESS("registrations-per-address", 20, Duration.ofMinutes(10));

    private final String property;
    private final int defaultMax;
    private final Duration defaultWindow;

    Limit(String property, int defaultMax, Duration defaultWindow) {
        this.property = property;
        this.defaultMax = defaultMax;
        this.defaultWindow = defaultWindow;
    }

    String property() {
        return "fairpass.limits." + property;
    }

    int defaultMax() {
        return defaultMax;
    }

    Duration defaultWindow() {
        return defaultWindow;
    }
}
