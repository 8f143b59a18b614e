package app.kintsugi.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Moves the application's clock for a test: the app then believes it is {@code at} and time runs on from there. Always
 * {@link #reset()} in a {@code finally} or an {@code @AfterEach}.
 */
public final class TestClock {

    private TestClock() {
    }

    public static void travelTo(Instant at) {
        Timestamps.use(Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), at)));
    }

    public static void travelBy(Duration by) {
        travelTo(Timestamps.now().plus(by));
    }

    public static void reset() {
        Timestamps.use(Clock.systemUTC());
    }
}
