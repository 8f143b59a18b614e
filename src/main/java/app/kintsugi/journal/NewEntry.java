package app.kintsugi.journal;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A journal entry as its author writes it. */
@Schema(description = "A new journal entry.")
public record NewEntry(
        @Schema(required = true) JournalKind kind,
        @Schema(description = "The entry: a line or two, 1 to 280 characters (Unicode code points, after NFC normalization, so an accented letter or an emoji counts once). The raw text may be longer before normalization, so no `maxLength` is set.", required = true) String text,
        @Schema(description = "The day it is about, in the couple's time zone: today by default, never in the future, never before the couple began.", examples = "2026-11-23") LocalDate writtenOn,
        @Schema(description = "Who else may read it. Default: `private` when the author keeps new items private by default (their sharing defaults), otherwise `reveal`.") Visibility visibility,
        @Schema(description = "Also let a counselor read it, under a grant with the `sharedJournal` scope. Never for a private entry. Default false.") Boolean shareWithCounselor,
        @Schema(description = "The progress question this entry answers, when it is written for the weekly review.") ProgressQuestion answers) {
}
