package app.kintsugi.practice;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.kintsugi.exercise.TurnMode;

/** One turn of a session's schedule, with the partner who leads it and its times. */
@Schema(description = "One turn of the schedule.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduledTurn(@Schema(description = "Position in the plan, from 0.", required = true) int index,
        @Schema(description = "The partner who leads the turn; absent when both act together, and for the other partner's turns once a couple ended.") UUID leadProfileId,
        @Schema(description = "True when both partners act together.", required = true) boolean together,
        @Schema(required = true) TurnMode mode,
        @Schema(description = "Planned length.", required = true) int seconds,
        @Schema(description = "What to do during the turn.", required = true) String cue,
        @Schema(description = "When the turn starts (or started). Later turns move by the length of every pause.", required = true) Instant startsAt,
        @Schema(description = "When the turn ends (or ended).", required = true) Instant endsAt,
        @Schema(description = "`done`, `current`, `upcoming`, or `skipped` (not reached before the session ended).", required = true) TurnState state,
        @Schema(description = "Seconds actually spent, once the session ended; absent before.") Integer actualSeconds) {
}
