package app.kintsugi.journal;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rewrite of an entry within its first 24 hours. */
@Schema(description = "An entry's new wording, within 24 hours of writing it. Who may read it is changed through its `visibility` resource.")
public record EntryEdit(
        @Schema(required = true) JournalKind kind,
        @Schema(description = "1 to 280 characters, as when writing it.", required = true, maxLength = 280) String text,
        @Schema(description = "The day it is about; unchanged when absent.", examples = "2026-11-23") LocalDate writtenOn) {
}
