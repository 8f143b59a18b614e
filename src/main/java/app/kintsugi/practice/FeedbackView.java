package app.kintsugi.practice;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One partner's feedback on a session, as the reader may see it. */
@Schema(description = "A partner's feedback on a session.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedbackView(@Schema(required = true) UUID id,
        @Schema(required = true) UUID sessionId,
        @Schema(required = true) UUID authorId,
        @Schema(required = true) String authorName,
        @Schema(description = "Whether the reader wrote it.", required = true) boolean yours,
        @Schema(required = true) int feltSafe,
        @Schema(required = true) int feltClose,
        @Schema(required = true) boolean tooMuch,
        @Schema(description = "Absent when none was written.") String note,
        @Schema(description = "Shown to the author, and to the partner (as true) when it was shared with them; absent for other readers.") Boolean sharedWithPartner,
        @Schema(description = "Shown to the author, and to a counselor (as true) when it was shared with counselors; absent for other readers.") Boolean sharedWithCounselor,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
