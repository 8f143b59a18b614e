package app.kintsugi.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A commitment, with the cadence in force today.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommitmentView(@Schema(required = true) UUID id,
        @Schema(required = true) String title,
        @Schema(description = "The optional detail; absent when there is none.") String detail,
        @Schema(required = true) CommitmentCategory category,
        @Schema(description = "The category's colour token for the calendar.", required = true) CategoryColour colour,
        @Schema(description = "The partner who committed; absent when shared.") PartnerRef owner,
        @Schema(description = "Whether both partners committed to it.", required = true) boolean shared,
        @Schema(required = true) CommitmentStatus status,
        @Schema(required = true) RecurrenceView recurrence,
        @Schema(description = "The last day with an occurrence, once completed or retired; absent while active.") LocalDate closedOn,
        @Schema(description = "The conversation note it came from; absent when none, and for counselors and former partners, who do not read notes.") UUID conversationNoteId,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
