package app.kintsugi.counselor;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "CounselorLinkPage", description = "One page of counselor links, newest first.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CounselorLinkPage(@Schema(required = true) List<CounselorLinkView> items,
        @Schema(description = "Cursor of the next page; absent on the last page.") String nextCursor) {
}
