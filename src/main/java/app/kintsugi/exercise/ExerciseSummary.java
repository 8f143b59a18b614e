package app.kintsugi.exercise;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a catalogue list shows of an exercise: enough to choose, not the steps. */
@Schema(description = "An exercise as catalogue lists show it.")
public record ExerciseSummary(
        @Schema(required = true) String slug,
        @Schema(required = true) int version,
        @Schema(required = true) ExerciseStatus status,
        @Schema(description = "Language of the texts (BCP 47).", required = true) String language,
        @Schema(required = true) String title,
        @Schema(required = true) String summary,
        @Schema(required = true) Category category,
        @Schema(required = true) int durationMinutes,
        @Schema(required = true) Intensity intensity,
        @Schema(required = true) boolean involvesTouch,
        @Schema(required = true) Cadence cadence,
        @Schema(required = true) List<String> tags) {
}
