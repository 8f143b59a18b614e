package app.kintsugi.practice;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.kintsugi.exercise.ExerciseSummary;

/** One suggested exercise and why it was chosen. */
@Schema(description = "A suggested exercise.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recommendation(@Schema(required = true) ExerciseSummary exercise,
        @Schema(description = "Why: `newToYou` (never practised), `notRecent` (not in the recent window), `matchesPace` (at the couple's current intensity), `gentlerStep` (below it), `revisit` (everything was practised recently; this one longest ago).", required = true) List<RecommendationReason> reasons,
        @Schema(description = "When the couple last practised it; absent if never.") LocalDate lastPractisedOn) {
}
