package app.kintsugi.practice;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of practice runs, newest first. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunPage(@Schema(required = true) List<RunView> items,
        @Schema(description = "Absent on the last page.") String nextCursor) {
}
