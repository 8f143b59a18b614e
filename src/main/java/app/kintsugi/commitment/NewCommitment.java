package app.kintsugi.commitment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A commitment as a partner makes it. */
@Schema(description = "A commitment: the caller's own, or shared by both partners.")
public record NewCommitment(
        @Schema(description = "One line, 1 to 120 characters.", required = true, maxLength = 120) String title,
        @Schema(description = "Optional detail, up to 500 characters.", maxLength = 500) String detail,
        @Schema(required = true) CommitmentCategory category,
        @Schema(required = true) Recurrence recurrence,
        @Schema(description = "True when both partners commit to it; either of them then marks its occurrences. Default false: the caller's own.") Boolean shared) {
}
