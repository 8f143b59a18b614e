package app.kintsugi.practice;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session to open: of a run, or of any published exercise on its own. */
@Schema(description = "A session to open: name either a run or an exercise.")
public record NewSession(
        @Schema(description = "A run of this couple that is active; the session practises the run's exercise version.") UUID runId,
        @Schema(description = "Slug of a published exercise, for a session outside any run.") String exercise,
        @Schema(description = "Who leads the plan's partnerA turns.", defaultValue = "me") FirstLead firstLead) {
}
