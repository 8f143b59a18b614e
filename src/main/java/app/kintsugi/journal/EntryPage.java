package app.kintsugi.journal;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A page of journal entries, newest day first.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryPage(@Schema(required = true) List<EntryView> items,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") String nextCursor) {
}
