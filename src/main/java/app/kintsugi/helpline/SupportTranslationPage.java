package app.kintsugi.helpline;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A page of a support resource's translations, by language tag.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupportTranslationPage(@Schema(required = true) List<SupportTranslationSummary> items,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") String nextCursor) {
}
