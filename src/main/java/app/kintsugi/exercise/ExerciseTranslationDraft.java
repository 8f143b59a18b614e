package app.kintsugi.exercise;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The words of one exercise version in another language. Every list has as many items as the English of the same
 * version, in the same order, so that no step, cue or safety note is lost in translation.
 */
@Schema(name = "ExerciseTranslationDraft", description = "An exercise version's words in another language; each list has as many items as the English, in the same order.")
public record ExerciseTranslationDraft(
        @Schema(required = true, maxLength = 120) String title,
        @Schema(required = true, maxLength = 600) String summary,
        @Schema(required = true) List<String> steps,
        @Schema(description = "One cue per turn of the version's turn plan.", required = true) List<String> turnCues,
        @Schema(required = true) List<String> reflectionPrompts,
        @Schema(required = true) List<String> safetyNotes) {
}
