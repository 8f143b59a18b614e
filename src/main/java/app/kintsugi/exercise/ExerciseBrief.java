package app.kintsugi.exercise;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The exercise version a run or session practised, as it was then. */
@Schema(description = "The exercise version practised, as it was then.")
public record ExerciseBrief(@Schema(required = true) String slug,
        @Schema(description = "The version practised, which may be older than the catalogue's current one.", required = true) int version,
        @Schema(required = true) String title,
        @Schema(required = true) Category category,
        @Schema(required = true) Intensity intensity,
        @Schema(required = true) boolean involvesTouch,
        @Schema(required = true) int durationMinutes) {
}
