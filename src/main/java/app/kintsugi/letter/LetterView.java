package app.kintsugi.letter;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A repair letter as the reader may see it. */
@Schema(description = "A repair letter.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LetterView(@Schema(required = true) UUID id,
        @Schema(required = true) UUID authorId,
        @Schema(required = true) String authorName,
        @Schema(description = "Whether the reader wrote it.", required = true) boolean yours,
        @Schema(required = true) LetterStatus status,
        @Schema(description = "Absent when the author gave none.") String title,
        @Schema(required = true) String body,
        @Schema(description = "The shared letter this one follows; absent when it follows none.") UUID follows,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(description = "When the author shared it; absent while it is a draft.") Instant sharedAt,
        @Schema(description = "When the partner marked it read aloud together; absent until then.") Instant readAloudAt) {
}
