package app.kintsugi.commitment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The status to move a commitment to: `completed` or `retired` end its occurrences after today; a closed commitment stays closed.")
public record CommitmentStatusChange(@Schema(required = true) CommitmentStatus status) {
}
