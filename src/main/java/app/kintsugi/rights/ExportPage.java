package app.kintsugi.rights;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A page of the caller's exports, newest first.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportPage(@Schema(required = true) List<ExportView> items,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") String nextCursor) {
}
