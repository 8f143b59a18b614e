package app.kintsugi.journal;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A page of an entry's earlier wordings, most recently replaced first.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RevisionPage(@Schema(required = true) List<RevisionView> items,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") String nextCursor) {
}
