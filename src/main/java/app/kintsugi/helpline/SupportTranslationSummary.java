package app.kintsugi.helpline;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One translation of a support resource in the list of its translations. */
@Schema(description = "A translation of a support resource, without its text.")
public record SupportTranslationSummary(
        @Schema(description = "BCP 47 tag of the translation's language.", required = true, examples = "es") String language,
        @Schema(required = true) SupportTranslationStatus status,
        @Schema(description = "Whether the resource's own description changed after this translation was written.", required = true) boolean stale,
        @Schema(required = true) Instant updatedAt) {
}
