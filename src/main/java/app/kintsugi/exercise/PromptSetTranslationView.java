package app.kintsugi.exercise;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.kintsugi.platform.i18n.TranslationPhase;

/** A translation of a prompt set, as admins review it. */
@Schema(name = "PromptSetTranslation", description = "A translation of a prompt set, as admins review it.")
public record PromptSetTranslationView(
        @Schema(required = true) String slug,
        @Schema(description = "BCP 47 tag.", required = true, examples = "es") String language,
        @Schema(required = true) TranslationPhase status,
        @Schema(description = "True when the English changed after the translation was written; a stale translation is not served until it is revised.", required = true) boolean stale,
        @Schema(required = true) String title,
        @Schema(required = true) String description,
        @Schema(required = true) List<String> prompts,
        @Schema(required = true) Instant updatedAt) {
}
