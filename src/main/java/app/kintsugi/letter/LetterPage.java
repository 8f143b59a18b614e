package app.kintsugi.letter;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of letters, newest first. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LetterPage(@Schema(required = true) List<LetterView> items,
        @Schema(description = "Absent on the last page.") String nextCursor) {
}
