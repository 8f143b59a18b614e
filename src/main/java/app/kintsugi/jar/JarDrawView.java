package app.kintsugi.jar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A partner's slip for one day, as that partner sees it. */
@Schema(description = "The slip a partner drew for one day of the couple's calendar, and whether they did the act.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JarDrawView(
        @Schema(description = "The day, in the couple's time zone.", required = true) LocalDate drawnOn,
        @Schema(description = "Which pass through the jar this draw belongs to, from 1: no slip comes back for you until every slip was drawn in the current cycle.", required = true) int cycle,
        @Schema(required = true) UUID slipId,
        @Schema(description = "The act. Absent when the slip was removed from the jar, and after the couple ended for a slip the other partner wrote.") String text,
        @Schema(description = "Whether the slip was removed from the jar since it was drawn.", required = true) boolean slipRemoved,
        @Schema(required = true) Instant drawnAt,
        @Schema(description = "Whether the act was marked done.", required = true) boolean done,
        @Schema(description = "When it was marked done; absent while not done.") Instant doneAt) {
}
