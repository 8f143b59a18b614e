package app.kintsugi.practice;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A run to start: which exercise, for how many days, from when. */
@Schema(description = "A practice run to start.")
public record NewRun(
        @Schema(description = "Slug of a published exercise; the run keeps its current version.", required = true) String exercise,
        @Schema(description = "How many days, 1 to 30.", defaultValue = "7", minimum = "1", maximum = "30") Integer days,
        @Schema(description = "First day, in the couple's time zone: today (the default) up to 14 days ahead.") LocalDate startsOn,
        @Schema(description = "Partners only: end the run in progress (as abandoned) and start this one. Without it, a run in progress answers 409.", defaultValue = "false") Boolean endCurrent) {
}
