package app.kintsugi.agreement;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The conversation in which a concern was talked through. */
@Schema(description = "The conversation note of the talk in which the couple went through the concern.")
public record ConcernResolution(
        @Schema(description = "A conversation note of this couple.", required = true) UUID conversationNoteId) {
}
