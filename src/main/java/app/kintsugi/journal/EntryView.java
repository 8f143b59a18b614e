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
        @Schema(description = "The progress question it answers.") ProgressQuestion answers,
        Visibility visibility,
        Boolean shareWithCounselor,
        @Schema(description = "When the partner can read it (a pause holds it back until the pause ends); absent while private.") Instant visibleToPartnerFrom,
        @Schema(description = "Until when the author may still change its wording; absent once that time passed.") Instant editableUntil,
        @Schema(required = true) Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Set when its wording changed after someone else could read it: the time of the last such edit.") Instant editedAt,
        Acknowledgement acknowledgement) {
}
