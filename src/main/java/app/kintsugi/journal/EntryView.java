package app.kintsugi.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A journal entry as one reader may see it; the author's own settings are shown to the author alone. */
@Schema(description = "A journal entry. `visibility`, `shareWithCounselor`, `visibleToPartnerFrom`, `editableUntil` and `updatedAt` are shown to the author only.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryView(@Schema(required = true) UUID id,
        @Schema(required = true) UUID authorId,
        @Schema(required = true) String authorName,
        @Schema(description = "Whether the reader wrote it.", required = true) boolean yours,
        @Schema(required = true) JournalKind kind,
        @Schema(required = true) LocalDate writtenOn,
        @Schema(required = true) String text,
        @Schema(description = "The progress question it answers; absent when it answers none.") ProgressQuestion answers,
        @Schema(description = "Who besides the author may read it. The author's only: absent for every other reader.") Visibility visibility,
        @Schema(description = "Whether a counselor with the `sharedJournal` scope may read it. The author's only: absent for every other reader.") Boolean shareWithCounselor,
        @Schema(description = "When the partner can read it (a pause holds it back until the pause ends). The author's only; absent while private.") Instant visibleToPartnerFrom,
        @Schema(description = "Until when the author may still change its wording. The author's only; absent once that time passed.") Instant editableUntil,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "When the author last changed it, wording or visibility. The author's only: absent for every other reader.") Instant updatedAt,
        @Schema(description = "The time of the last edit of its wording made after someone else could read it; absent when there was none.") Instant editedAt,
        @Schema(description = "The partner's acknowledgement, shown to the author and to the partner who gave it; absent when there is none, and for a counselor.") Acknowledgement acknowledgement) {
}
