package app.kintsugi.platform.i18n;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One translation of an item, as the list of its translations shows it. */
@Schema(description = "One translation of an item.")
public record TranslationSummary(
        @Schema(description = "BCP 47 tag.", required = true, examples = "es") String language,
        @Schema(required = true) TranslationPhase status,
        @Schema(description = "True when the source text changed after this translation was written: it is not served until revised.", required = true) boolean stale,
        @Schema(required = true) Instant updatedAt) {

    /** A page of translations, by language. */
    @Schema(name = "TranslationSummaryPage", description = "A page of an item's translations, by language.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Page(@Schema(required = true) List<TranslationSummary> items,
            @Schema(description = "Absent on the last page.") String nextCursor) {
    }
}
