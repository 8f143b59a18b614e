package app.kintsugi.platform.ratelimit;

/**
 * What one request did to one budget: whether it was let through, what is left, and when the bucket is full again.
 *
 * @param retryAfterSeconds
 *            whole seconds until one more request is allowed; at least 1 when refused, 0 when allowed
 * @param resetSeconds
 *            whole seconds until the bucket is full again
 */
record Usage(Budget budget, boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {

    /** This usage as one item of the {@code RateLimit} field. */
    String item() {
        return "\"" + budget.name() + "\";r=" + remaining + ";t=" + resetSeconds;
    }

    static long seconds(long nanos) {
        return Math.max(0, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
