package app.kintsugi.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.kintsugi.exercise.ExerciseBrief;

/** A practice run as both partners (and a counselor with the sessions scope) see it. */
@Schema(description = "A practice run.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunView(@Schema(required = true) UUID id,
        @Schema(description = "The exercise version practised, as it was then.", required = true) ExerciseBrief exercise,
        @Schema(required = true) RunStatus status,
        @Schema(description = "Whether a counselor assigned the run; only assigned runs can be declined.", required = true) boolean assigned,
        @Schema(required = true) LocalDate startsOn,
        @Schema(description = "The run's last day.", required = true) LocalDate endsOn,
        @Schema(required = true) int days,
        @Schema(description = "Which day of the run today is, from 1; absent before the first day and after the last.") Integer dayOfRun,
        @Schema(description = "Sessions of this run completed so far.", required = true) long sessionsCompleted,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(description = "When the run was ended by the couple; absent otherwise.") Instant endedAt) {
}
