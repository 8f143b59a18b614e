package app.kintsugi.commitment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The recurrence in force, as an answer shows it: every default filled in. */
@Schema(description = "How often a commitment comes round, in the couple's time zone, with every default filled in.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecurrenceView(
        @Schema(required = true) RecurrenceKind kind,
        @Schema(description = "For `weekdays`: the days, Monday first; absent for every other kind.") List<Weekday> weekdays,
        @Schema(description = "For `monthly`: the day of the month, 1 to 31 (months without it use their last day); absent for every other kind.", minimum = "1", maximum = "31") Integer dayOfMonth,
        @Schema(description = "The local time of day, such as 21:30; absent for all-day occurrences.", implementation = String.class, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$", examples = "21:30") LocalTime time,
        @Schema(description = "With `time`: how long it lasts, 5 to 720 minutes; absent for all-day occurrences.", minimum = "5", maximum = "720") Integer durationMinutes,
        @Schema(description = "The first day (for `once`, the day).", required = true) LocalDate startsOn,
        @Schema(description = "The last day it may fall on; absent when open-ended.") LocalDate endsOn) {
}
