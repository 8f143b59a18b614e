package app.kintsugi.practice;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.kintsugi.exercise.Intensity;

/** What to practise next, best first. */
@Schema(description = "Suggested exercises, best first, with the pace they were chosen for.")
public record Recommendations(
        @Schema(description = "The most intense level suggested now.", required = true) Intensity pace,
        @Schema(description = "`startingOut` (fewer than 3 completed sessions), `building` (3 to 5), `steady` (6 or more), or `easing` (a recent session felt like too much to someone; whose is never said).", required = true) PaceReason paceReason,
        @Schema(description = "Whether touch exercises may be suggested: only while both partners chose them.", required = true) boolean touchExercisesOpen,
        @Schema(description = "Exercises practised within this many days are not suggested again.", required = true) int recentWindowDays,
        @Schema(required = true) List<Recommendation> items) {
}
