package app.kintsugi.journal;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An earlier wording of an entry. */
@Schema(description = "An earlier wording of one of the caller's entries.")
public record RevisionView(@Schema(required = true) JournalKind kind,
        @Schema(required = true) LocalDate writtenOn,
        @Schema(required = true) String text,
        @Schema(description = "When this wording was written.", required = true) Instant writtenAt,
        @Schema(description = "When an edit replaced it.", required = true) Instant replacedAt) {
}
