package app.kintsugi.exercise;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One turn of an exercise's plan: who leads, what happens, for how long, and what to do meanwhile. */
@Schema(description = "One turn of the plan.")
public record PlannedTurn(
        @Schema(description = "Who leads the turn.", required = true) TurnLead lead,
        @Schema(description = "What happens during the turn.", required = true) TurnMode mode,
        @Schema(description = "Length of the turn in seconds, 10 to 7200.", required = true, minimum = "10", maximum = "7200") Integer seconds,
        @Schema(description = "What to do during the turn, in a sentence.", required = true, maxLength = 300) String cue) {
}
