package app.kintsugi.counselor;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "AccessLogPage", description = "One page of the access log, newest first.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessLogPage(@Schema(required = true) List<AccessLogEntry> items,
        @Schema(description = "Cursor of the next page; absent on the last page.") String nextCursor) {
}
