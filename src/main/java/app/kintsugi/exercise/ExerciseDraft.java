package app.kintsugi.exercise;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An exercise as an admin writes it, in English. Creating needs the slug; replacing keeps the slug of the path (send it
 * unchanged or leave it out).
 */
@Schema(description = "The content of an exercise, in English.")
public record ExerciseDraft(
        @Schema(description = "Stable identifier: lowercase words joined by dashes, at most 60 characters. Required to create; never changes.", maxLength = 60, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
        @Schema(description = "Title, one line.", required = true, maxLength = 120) String title,
        @Schema(description = "What the exercise is and why it helps, in one or two sentences.", required = true, maxLength = 600) String summary,
        @Schema(required = true) Category category,
        @Schema(description = "What to do, in order; 1 to 20 steps.", required = true) List<String> steps,
        @Schema(description = "How long the exercise takes, 1 to 240 minutes; the turn plan fits within it.", required = true, minimum = "1", maximum = "240") Integer durationMinutes,
        @Schema(description = "The timed turns, 1 to 20.", required = true) List<PlannedTurn> turnPlan,
        @Schema(required = true) Cadence cadence,
        @Schema(required = true) Intensity intensity,
        @Schema(description = "Whether the exercise involves touch; such exercises start only while both partners opted in.", required = true) Boolean involvesTouch,
        @Schema(description = "Questions to talk over afterwards, up to 10.") List<String> reflectionPrompts,
        @Schema(description = "What keeps the exercise safe, up to 10 notes.") List<String> safetyNotes,
        @Schema(description = "Lowercase words joined by dashes, up to 10.") List<String> tags) {
}
