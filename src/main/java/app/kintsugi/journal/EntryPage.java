package app.kintsugi.journal;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of journal entries, newest day first.")
public record EntryPage(@Schema(required = true) List<EntryView> items,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") String nextCursor) {
}
