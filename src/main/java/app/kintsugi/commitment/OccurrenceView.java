package app.kintsugi.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One occurrence of a commitment, as the calendar shows it. */
@Schema(description = "One occurrence of a commitment on the couple's calendar.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OccurrenceView(@Schema(required = true) UUID commitmentId,
        @Schema(description = "Title of the commitment.", required = true) String title,
        @Schema(required = true) CommitmentCategory category,
        @Schema(description = "Colour token of the category.", required = true) CategoryColour colour,
        @Schema(description = "The partner it belongs to; absent when shared.") PartnerRef owner,
        @Schema(required = true) LocalDate date,
        @Schema(description = "For a timed commitment: when it starts; absent for an all-day one.") Instant startsAt,
        @Schema(description = "For a timed commitment: when it ends; absent for an all-day one.") Instant endsAt,
        @Schema(required = true) OccurrenceState state,
        @Schema(description = "Who marked it and when; absent while unmarked.") Check check,
        @Schema(description = "The other partner's acknowledgement of a kept occurrence; absent when there is none.") Acknowledged acknowledgement) {

    @Schema(name = "OccurrenceCheck")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Check(@Schema(required = true) CheckState state, @Schema(required = true) PartnerRef markedBy,
            @Schema(required = true) Instant markedAt,
            @Schema(description = "What the partner will adjust; absent when they wrote nothing, and always for counselors.") String adjustment) {
    }

    @Schema(name = "OccurrenceAcknowledgement")
    public record Acknowledged(@Schema(required = true) PartnerRef by, @Schema(required = true) Instant at) {
    }
}
