package app.kintsugi.exercise;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One version of an exercise, in the language negotiated with {@code Accept-Language}. */
@Schema(description = "An exercise at one version.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExerciseView(
        @Schema(required = true) String slug,
        @Schema(description = "The version shown; the current one unless a specific version was asked for.", required = true) int version,
        @Schema(description = "The exercise's current version.", required = true) int currentVersion,
        @Schema(required = true) ExerciseStatus status,
        @Schema(description = "Language of the texts (BCP 47).", required = true) String language,
        @Schema(required = true) String title,
        @Schema(required = true) String summary,
        @Schema(required = true) Category category,
        @Schema(required = true) List<String> steps,
        @Schema(required = true) int durationMinutes,
        @Schema(required = true) List<PlannedTurn> turnPlan,
        @Schema(required = true) Cadence cadence,
        @Schema(required = true) Intensity intensity,
        @Schema(required = true) boolean involvesTouch,
        @Schema(required = true) List<String> reflectionPrompts,
        @Schema(required = true) List<String> safetyNotes,
        @Schema(required = true) List<String> tags,
        @Schema(description = "When this version was written.", required = true) Instant versionCreatedAt,
        @Schema(description = "When the exercise was first published; absent for drafts.") Instant publishedAt,
        @Schema(description = "When the exercise was retired; absent unless retired.") Instant retiredAt) {
}
