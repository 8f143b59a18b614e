package app.kintsugi.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The one source of the current time for rules that depend on it (reveals, edit windows, pauses, schedules), at the
 * precision PostgreSQL keeps, so that an answer never shows a time a later read cannot. Tests move this clock to cross
 * a week boundary or an edit window without waiting; nothing else ever changes it.
 */
public final class Timestamps {

    private static volatile Clock clock = Clock.systemUTC();

    private Timestamps() {
    }

    public static Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Today's date in a time zone, by the same clock. */
    public static LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(now(), zone);
    }

    /** Replaces the clock; only tests call this, through a helper of their own in this package. */
    static void use(Clock replacement) {
        clock = replacement;
    }

    /**
     * A {@code timestamptz} value as a native query returns it (an {@code Instant}, {@code OffsetDateTime} or
     * {@code java.sql.Timestamp}, depending on the driver and Hibernate), as an instant; null stays null.
     */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
