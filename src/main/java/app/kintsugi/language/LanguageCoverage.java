package app.kintsugi.language;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How far one language is translated, counted over every translatable item. */
@Schema(name = "LanguageCoverage", description = "How far one language is translated: every translatable item counted once, by where its translation stands.")
public record LanguageCoverage(
        @Schema(description = "BCP 47 tag.", required = true, examples = "es") String language,
        @Schema(description = "True when admins listed the language as one the catalogue is meant to be complete in.", required = true) boolean target,
        @Schema(description = "Every translatable item.", required = true) int items,
        @Schema(description = "Items readers get in this language.", required = true) int published,
        @Schema(description = "Items with a translation waiting for review.", required = true) int draft,
        @Schema(description = "Items whose translation is older than their source text.", required = true) int stale,
        @Schema(description = "Items with no translation.", required = true) int missing,
        @Schema(description = "Published items as a share of all items, in percent, rounded down to a tenth.", required = true, examples = "100.0") double percentComplete) {

    @Schema(name = "LanguageCoveragePage", description = "A page of languages, by tag.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Page(@Schema(required = true) List<LanguageCoverage> items,
            @Schema(description = "Absent on the last page.") String nextCursor) {
    }
}
