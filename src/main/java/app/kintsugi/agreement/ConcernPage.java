package app.kintsugi.agreement;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A page of concerns, most recently raised first.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConcernPage(@Schema(required = true) List<ConcernView> items,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") String nextCursor) {
}
