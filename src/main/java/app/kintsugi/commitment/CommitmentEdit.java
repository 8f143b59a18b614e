package app.kintsugi.commitment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A commitment's new wording and cadence. */
@Schema(description = "A commitment's new title, detail, category and cadence. A new cadence applies from today on; earlier days keep the one they had.")
public record CommitmentEdit(
        @Schema(required = true, maxLength = 120) String title,
        @Schema(maxLength = 500) String detail,
        @Schema(required = true) CommitmentCategory category,
        @Schema(required = true) Recurrence recurrence) {
}
