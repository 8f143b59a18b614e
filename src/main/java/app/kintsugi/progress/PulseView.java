package app.kintsugi.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A pulse check-in. The sharing choices are shown to its author only.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PulseView(@Schema(required = true) UUID id,
        @Schema(required = true) UUID partnerId,
        @Schema(required = true) String name,
        @Schema(description = "Whether the reader checked in.", required = true) boolean yours,
        @Schema(required = true) LocalDate day,
        @Schema(required = true) int safe,
        @Schema(required = true) int trusting,
        @Schema(required = true) int close,
        @Schema(description = "The note; absent when none was written.") String note,
        @Schema(description = "Whether the partner may see it; shown to its author only, absent for other readers.") Boolean sharedWithPartner,
        @Schema(description = "Whether a counselor with the `progress` scope may see it; shown to its author only, absent for other readers.") Boolean sharedWithCounselor,
        @Schema(required = true) Instant updatedAt) {

    @Schema(name = "PulsePage", description = "A page of pulse check-ins, newest day first.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Page(@Schema(required = true) List<PulseView> items,
            @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") String nextCursor) {
    }
}
