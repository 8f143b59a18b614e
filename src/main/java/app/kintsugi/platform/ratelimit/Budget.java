package app.kintsugi.platform.ratelimit;

import java.time.Duration;

/**
 * One rate limit: a token bucket of {@code capacity} requests that refills evenly, {@code capacity} per {@code period}.
 * Its name is what clients see in the {@code RateLimit-Policy} and {@code RateLimit} fields.
 */
public record Budget(String name, long capacity, Duration period) {

    public static final String SUBJECT = "subject";
    public static final String ANONYMOUS = "anonymous";
    public static final String EXPENSIVE = "expensive";

    public Budget {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate-limit budget needs a capacity of at least 1 and a period");
        }
    }

    /** The window in whole seconds, at least one, as {@code RateLimit-Policy} states it. */
    long windowSeconds() {
        return Math.max(1, period.toSeconds());
    }

    /** This budget as one item of the {@code RateLimit-Policy} field. */
    String policy() {
        return "\"" + name + "\";q=" + capacity + ";w=" + windowSeconds();
    }

    /**
     * Part of every stored bucket's key: a bucket made under another capacity or period is not reused, so a changed
     * setting takes effect at once, and the old rows expire.
     */
    String storeKey(String callerKey) {
        return name + "/" + capacity + "/" + period + "/" + callerKey;
    }
}
