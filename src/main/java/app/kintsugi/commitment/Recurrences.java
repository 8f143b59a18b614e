package app.kintsugi.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which days a commitment falls on, from its schedules. Each day is judged by the schedule in force on it (the latest
 * whose {@code effectiveFrom} is not after it), so a change of cadence leaves every earlier day as it was. Everything
 * is on the couple's calendar: dates, not instants, so daylight-saving changes never move an occurrence to another day.
 */
final class Recurrences {

    private Recurrences() {
    }

    /** The occurrence days between {@code from} and {@code to}, inclusive, in order. */
    static List<LocalDate> between(List<CommitmentSchedule> schedules, LocalDate closedOn, LocalDate from,
            LocalDate to) {
        List<CommitmentSchedule> ordered = schedules.stream()
                .sorted(Comparator.comparing((CommitmentSchedule s) -> s.effectiveFrom)).toList();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (closedOn != null && day.isAfter(closedOn)) {
                break;
            }
            Optional<CommitmentSchedule> schedule = inForce(ordered, day);
            if (schedule.isPresent() && occursOn(schedule.get(), day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** The schedule that decides a day: the latest in force on it, or the first for days before any change. */
    static Optional<CommitmentSchedule> inForce(List<CommitmentSchedule> ordered, LocalDate day) {
        CommitmentSchedule found = null;
        for (CommitmentSchedule schedule : ordered) {
            if (found == null || !schedule.effectiveFrom.isAfter(day)) {
                found = schedule;
            }
        }
        return Optional.ofNullable(found);
    }

    static boolean occursOn(CommitmentSchedule schedule, LocalDate day) {
        if (day.isBefore(schedule.startsOn) || (schedule.endsOn != null && day.isAfter(schedule.endsOn))) {
            return false;
        }
        return switch (RecurrenceKind.of(schedule.cadence)) {
            case ONCE -> day.equals(schedule.startsOn);
            case DAILY -> true;
            case WEEKLY -> day.getDayOfWeek() == schedule.startsOn.getDayOfWeek();
            case WEEKDAYS -> {
                int iso = day.getDayOfWeek().getValue();
                for (short weekday : schedule.weekdays) {
                    if (weekday == iso) {
                        yield true;
                    }
                }
                yield false;
            }
            case MONTHLY -> day.getDayOfMonth() == Math.min(schedule.dayOfMonth, day.lengthOfMonth());
        };
    }

    /**
     * When a timed occurrence starts: its local time on that day in the couple's zone. A time that a daylight-saving
     * change skips moves forward by the gap; a time that happens twice is the first of the two.
     */
    static Optional<Instant> startsAt(CommitmentSchedule schedule, LocalDate day, ZoneId zone) {
        return Optional.ofNullable(schedule.localTime)
                .map(time -> ZonedDateTime.of(day, time, zone).toInstant());
    }
}
