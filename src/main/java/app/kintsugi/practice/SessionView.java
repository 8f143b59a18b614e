package app.kintsugi.practice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.kintsugi.exercise.ExerciseBrief;

/** A timed session with its concrete schedule. */
@Schema(description = "A timed session and its schedule.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionView(@Schema(required = true) UUID id,
        @Schema(description = "The run it belongs to; absent for a session on its own.") UUID runId,
        @Schema(description = "The exercise version practised.", required = true) ExerciseBrief exercise,
        @Schema(required = true) SessionStatus status,
        @Schema(required = true) Instant startedAt,
        @Schema(description = "When it was completed or stopped; absent while running or paused.") Instant endedAt,
        @Schema(description = "The plan's length in seconds.", required = true) int plannedSeconds,
        @Schema(description = "Seconds the timer has run, pauses excluded.", required = true) long activeSeconds,
        @Schema(description = "Seconds spent paused.", required = true) long pausedSeconds,
        @Schema(description = "How many times the session was paused.", required = true) int pauseCount,
        @Schema(description = "Index of the turn under way; absent when paused, ended, or past the plan's end.") Integer currentTurn,
        @Schema(description = "True while paused: the times of the remaining turns assume a resume right now.", required = true) boolean projected,
        @Schema(required = true) List<ScheduledTurn> schedule) {
}
