package app.kintsugi.journal;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rewrite of an entry within its first 24 hours. */
@Schema(description = "An entry's new wording, within 24 hours of writing it. Who may read it is changed through its `visibility` resource.")
public record EntryEdit(
        @Schema(required = true) JournalKind kind,
        // No maxLength: it would count the raw text, and an accent typed as a combining mark counts once only after NFC.
        @Schema(description = "1 to 280 characters (Unicode code points, after NFC normalization), as when writing it.", required = true) String text,
        @Schema(description = "The day it is about; unchanged when absent.", examples = "2026-11-23") LocalDate writtenOn) {
}
