package app.kintsugi.helpline;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A page of support resources: the country's own first, then the international ones.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupportResourcePage(@Schema(required = true) List<SupportResourceView> items,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") String nextCursor) {
}
