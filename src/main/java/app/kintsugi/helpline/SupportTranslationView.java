package app.kintsugi.helpline;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.kintsugi.platform.i18n.TranslationPhase;

/** One translation of a support resource's description, as admins read it. */
@Schema(description = "A translation of a support resource's description.")
public record SupportTranslationView(
        @Schema(description = "BCP 47 tag of the translation's language.", required = true, examples = "es") String language,
        @Schema(required = true) String description,
        @Schema(required = true) TranslationPhase status,
        @Schema(description = "Whether the resource's own description changed after this translation was written; a stale translation is not shown to readers until it is written again.", required = true) boolean stale,
        @Schema(required = true) Instant updatedAt) {
}
