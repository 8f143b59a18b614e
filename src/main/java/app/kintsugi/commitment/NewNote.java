package app.kintsugi.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A summary of a structured conversation, with the commitments it produced.")
public record NewNote(
        @Schema(description = "What was said and agreed, 1 to 1000 characters; line breaks allowed.", required = true, maxLength = 1000) String summary,
        @Schema(description = "The day of the conversation, in the couple's time zone; default today.", examples = "2026-11-24") LocalDate heldOn,
        @Schema(description = "Commitments made in the conversation, created with the note (at most 10).") List<NewCommitment> commitments,
        @Schema(description = "Existing commitments of the couple that the conversation produced or renewed, not yet linked to another note.") List<UUID> linkCommitments) {
}
