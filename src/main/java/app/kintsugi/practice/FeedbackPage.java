package app.kintsugi.practice;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The feedback on a session the reader may see, newest first. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedbackPage(@Schema(required = true) List<FeedbackView> items,
        @Schema(description = "Absent on the last page.") String nextCursor) {
}
