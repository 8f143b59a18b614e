package app.kintsugi.journal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO weeks as the journal uses them: named like 2026-W48, running Monday to Sunday in the couple's time zone. */
final class Weeks {

    private static final Pattern NAME = Pattern.compile("(\\d{4})-W(\\d{2})");

    private Weeks() {
    }

    /** The Monday of the week a day belongs to. */
    static LocalDate startOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * The instant a week ends in a time zone: the start of the following Monday there. Computed on the calendar, not as
     * seven times 24 hours, so a week with a daylight-saving change ends at local midnight all the same.
     */
    static Instant endOf(LocalDate monday, ZoneId zone) {
        return monday.plusWeeks(1).atStartOfDay(zone).toInstant();
    }

    static String name(LocalDate monday) {
        return String.format("%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The Monday of a week named like 2026-W48, if the name is one. */
    static Optional<LocalDate> parse(String name) {
        Matcher matcher = name == null ? null : NAME.matcher(name);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        int week = Integer.parseInt(matcher.group(2));
        LocalDate fourthOfJanuary = LocalDate.of(year, 1, 4);
        if (week < 1 || week > fourthOfJanuary.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return Optional.empty();
        }
        return Optional.of(startOf(fourthOfJanuary).plusWeeks(week - 1L));
    }
}
