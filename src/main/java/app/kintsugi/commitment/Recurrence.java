package app.kintsugi.commitment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How often a commitment comes round, on the couple's calendar, as a partner asks for it. */
@Schema(description = "How often a commitment comes round, in the couple's time zone.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recurrence(
        @Schema(required = true) RecurrenceKind kind,
        // Words, not Weekday: an unknown day answers the field's own 422 `unknown-day`, not a type error.
        @Schema(description = "For `weekdays`: the days, such as [\"monday\", \"thursday\"].", type = SchemaType.ARRAY, implementation = Weekday.class) List<String> weekdays,
        @Schema(description = "For `monthly`: the day of the month, 1 to 31; months without it use their last day.", minimum = "1", maximum = "31") Integer dayOfMonth,
        @Schema(description = "Optional local time of day, such as 21:30; without it the occurrences are all-day.", implementation = String.class, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$", examples = "21:30") LocalTime time,
        @Schema(description = "With `time`: how long it lasts, 5 to 720 minutes (default 30).", minimum = "5", maximum = "720") Integer durationMinutes,
        @Schema(description = "The first day (for `once`, the day); default today. For `weekly`, its weekday is the one repeated.", examples = "2026-11-23") LocalDate startsOn,
        @Schema(description = "The last day it may fall on; none for open-ended.") LocalDate endsOn) {
}
