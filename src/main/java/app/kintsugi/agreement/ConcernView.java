package app.kintsugi.agreement;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A concern about an agreement, as the two partners see it. */
@Schema(description = "A concern a partner raised about an agreement, to be talked through together. Never shown to a counselor.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConcernView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID agreementId,
        @Schema(required = true) String text,
        @Schema(required = true) UUID raisedById,
        @Schema(required = true) String raisedByName,
        @Schema(description = "Whether the reader raised it.", required = true) boolean yours,
        @Schema(required = true) Instant raisedAt,
        @Schema(description = "Whether it was talked through.", required = true) boolean resolved,
        @Schema(description = "Who marked it talked through last; absent while it is open.") UUID resolvedById,
        @Schema(description = "Their display name (`Former partner` for the other after the couple ended); absent while it is open.") String resolvedByName,
        @Schema(description = "When it was first marked talked through; absent while it is open.") Instant resolvedAt,
        @Schema(description = "The note of the conversation it was talked through in; absent if that note was deleted since.") UUID conversationNoteId) {
}
