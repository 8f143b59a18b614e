package app.kintsugi.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "ConversationNote", description = "A conversation note and the commitments it produced.")
public record NoteView(@Schema(required = true) UUID id,
        @Schema(required = true) PartnerRef author,
        @Schema(required = true) String summary,
        @Schema(required = true) LocalDate heldOn,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) List<Linked> commitments) {

    @Schema(name = "NoteCommitment", description = "A commitment the conversation produced.")
    public record Linked(@Schema(required = true) UUID id, @Schema(required = true) String title,
            @Schema(required = true) CommitmentCategory category, @Schema(required = true) CommitmentStatus status) {
    }

    @Schema(name = "ConversationNotePage", description = "A page of conversation notes, newest first.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Page(@Schema(required = true) List<NoteView> items,
            @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") String nextCursor) {
    }
}
