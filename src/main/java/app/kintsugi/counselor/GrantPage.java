package app.kintsugi.counselor;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "CounselorGrantPage", description = "One page of counselor grants, newest first.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GrantPage(@Schema(required = true) List<GrantView> items,
        @Schema(description = "Cursor of the next page; absent on the last page.") String nextCursor) {
}
