package app.kintsugi.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Cadence expansion on its own: weekdays, month ends, the leap day, and local times across daylight-saving changes. */
class RecurrencesTest {

    private static CommitmentSchedule schedule(RecurrenceKind kind, String startsOn, String effectiveFrom) {
        CommitmentSchedule schedule = new CommitmentSchedule();
        schedule.id = UUID.randomUUID();
        schedule.cadence = kind.json();
        schedule.startsOn = LocalDate.parse(startsOn);
        schedule.effectiveFrom = LocalDate.parse(effectiveFrom);
        return schedule;
    }

    private static List<String> days(List<CommitmentSchedule> schedules, String from, String to) {
        return Recurrences.between(schedules, null, LocalDate.parse(from), LocalDate.parse(to)).stream()
                .map(LocalDate::toString).toList();
    }

    @Test
    void chosenWeekdaysOnly() {
        CommitmentSchedule schedule = schedule(RecurrenceKind.WEEKDAYS, "2026-11-01", "2026-11-01");
        schedule.weekdays = new short[]{1, 4};
        assertEquals(List.of("2026-11-02", "2026-11-05", "2026-11-09", "2026-11-12"),
                days(List.of(schedule), "2026-11-01", "2026-11-14"));
    }

    @Test
    void weeklyRepeatsTheStartsWeekdayAndOnceIsOnce() {
        assertEquals(List.of("2026-11-04", "2026-11-11", "2026-11-18"),
                days(List.of(schedule(RecurrenceKind.WEEKLY, "2026-11-04", "2026-11-04")), "2026-11-01",
                        "2026-11-20"));
        assertEquals(List.of("2026-11-04"),
                days(List.of(schedule(RecurrenceKind.ONCE, "2026-11-04", "2026-11-04")), "2026-11-01",
                        "2026-11-30"));
    }

    @Test
    void theThirtyFirstFallsOnEachMonthsLastDayAndLeapYearsKeepTheTwentyNinth() {
        CommitmentSchedule schedule = schedule(RecurrenceKind.MONTHLY, "2027-01-31", "2027-01-31");
        schedule.dayOfMonth = 31;
        assertEquals(List.of("2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"),
                days(List.of(schedule), "2027-01-01", "2027-04-30"));
        CommitmentSchedule leap = schedule(RecurrenceKind.MONTHLY, "2028-01-29", "2028-01-29");
        leap.dayOfMonth = 29;
        assertEquals(List.of("2028-01-29", "2028-02-29", "2028-03-29"),
                days(List.of(leap), "2028-01-01", "2028-03-31"));
        assertEquals(List.of("2028-02-29"),
                days(List.of(schedule(RecurrenceKind.ONCE, "2028-02-29", "2028-02-29")), "2028-02-01",
                        "2028-03-31"));
    }

    @Test
    void aChangeOfCadenceLeavesEarlierDaysAsTheyWere() {
        CommitmentSchedule daily = schedule(RecurrenceKind.DAILY, "2026-11-02", "2026-11-02");
        CommitmentSchedule later = schedule(RecurrenceKind.WEEKDAYS, "2026-11-02", "2026-11-06");
        later.weekdays = new short[]{6};
        daily.endsOn = null;
        assertEquals(List.of("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-07", "2026-11-14"),
                days(List.of(later, daily), "2026-11-01", "2026-11-15"));
    }

    @Test
    void localTimesFollowTheZoneAcrossDaylightSavingChanges() {
        CommitmentSchedule evening = schedule(RecurrenceKind.DAILY, "2026-10-30", "2026-10-30");
        evening.localTime = LocalTime.of(21, 30);
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        // Clocks fall back on 1 November 2026: 21:30 is 04:30 UTC the day after under PDT, 05:30 under PST.
        assertEquals(Instant.parse("2026-11-01T04:30:00Z"),
                Recurrences.startsAt(evening, LocalDate.parse("2026-10-31"), losAngeles).orElseThrow());
        assertEquals(Instant.parse("2026-11-02T05:30:00Z"),
                Recurrences.startsAt(evening, LocalDate.parse("2026-11-01"), losAngeles).orElseThrow());
        // Auckland springs forward at 02:00 on 27 September 2026: 02:30 does not exist that night and moves to 03:30
        // NZDT; the day before, 02:30 is NZST.
        CommitmentSchedule night = schedule(RecurrenceKind.DAILY, "2026-09-20", "2026-09-20");
        night.localTime = LocalTime.of(2, 30);
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        assertEquals(Instant.parse("2026-09-25T14:30:00Z"),
                Recurrences.startsAt(night, LocalDate.parse("2026-09-26"), auckland).orElseThrow());
        assertEquals(Instant.parse("2026-09-26T14:30:00Z"),
                Recurrences.startsAt(night, LocalDate.parse("2026-09-27"), auckland).orElseThrow());
        assertEquals(Instant.parse("2026-09-27T13:30:00Z"),
                Recurrences.startsAt(night, LocalDate.parse("2026-09-28"), auckland).orElseThrow());
    }
}
