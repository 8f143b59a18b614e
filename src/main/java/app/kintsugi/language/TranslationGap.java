package app.kintsugi.language;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.kintsugi.platform.i18n.TranslationStatus;

/** One item a language still lacks: not translated, not reviewed, or translated from an older source. */
@Schema(name = "TranslationGap", description = "One item readers of the language do not get in it yet.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TranslationGap(
        @Schema(description = "The kind of item: `exercise` (its current version), `promptSet`, `supportResource`, or `message` (a text of the API itself, such as a problem title).", required = true, enumeration = {
                "exercise", "promptSet", "supportResource", "message"}) String kind,
        @Schema(description = "The item: an exercise or prompt set slug, a support resource id, or `<bundle>:<key>` for a message.", required = true, examples = "safe-space-check-in") String item,
        @Schema(description = "The exercise version; absent for other kinds.") Integer version,
        @Schema(description = "`missing`, `draft` or `stale`.", required = true) TranslationStatus state){

    @Schema(name = "TranslationGapPage", description = "A page of gaps, by kind and item.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Page(@Schema(required = true) List<TranslationGap> items,
            @Schema(description = "Absent on the last page.") String nextCursor) {
    }
}
