package app.kintsugi.practice;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The status a partner moves a session to, with the actual turn lengths when completing. */
@Schema(description = "The new status of the session.")
public record SessionChange(@Schema(required = true) SessionStatus status,
        @Schema(description = "Only with `completed`: the seconds each turn actually took, one entry per turn, 0 to 7200 each. Without it they are derived from the timer.") List<Integer> actualTurnSeconds) {
}
