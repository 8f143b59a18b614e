package app.kintsugi.rights;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an erasure did. */
@Schema(description = "What the erasure did. Every count is zero when there was nothing (left) to erase.")
public record ErasureReceipt(@Schema(required = true) Instant erasedAt,
        @Schema(description = "Couples the person was still in and left (0 or 1): each ended for both partners.", required = true) int couplesLeft,
        @Schema(description = "Couples whose data key was destroyed because every partner they had is now erased: nothing sealed for them opens again, backups included.", required = true) int couplesShredded,
        @Schema(description = "How many items of each kind were deleted, emptied of their text, revoked or withdrawn.", required = true) Map<String, Integer> itemsDeleted) {
}
