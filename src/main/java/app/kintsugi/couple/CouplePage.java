package app.kintsugi.couple;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "CouplePage", description = "One page of couples.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CouplePage(@Schema(required = true) List<CoupleView> items,
        @Schema(description = "Cursor of the next page; absent on the last page.") String nextCursor) {
}
