package app.kintsugi.exercise;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.kintsugi.platform.i18n.TranslationPhase;

/** A translation of one exercise version, as admins review it. */
@Schema(name = "ExerciseTranslation", description = "A translation of one exercise version, as admins review it.")
public record ExerciseTranslationView(
        @Schema(required = true) String slug,
        @Schema(required = true) int version,
        @Schema(description = "BCP 47 tag.", required = true, examples = "es") String language,
        @Schema(required = true) TranslationPhase status,
        @Schema(description = "True when the English of this version changed after the translation was written; a stale translation is not served until it is revised.", required = true) boolean stale,
        @Schema(required = true) String title,
        @Schema(required = true) String summary,
        @Schema(required = true) List<String> steps,
        @Schema(required = true) List<String> turnCues,
        @Schema(required = true) List<String> reflectionPrompts,
        @Schema(required = true) List<String> safetyNotes,
        @Schema(required = true) Instant updatedAt) {
}
