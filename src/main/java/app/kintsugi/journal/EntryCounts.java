package app.kintsugi.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How many entries the caller may see, by kind and by partner. */
@Schema(description = "Counts of the entries the caller may read in a range of days: never of anything they cannot read.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryCounts(@Schema(description = "First day counted; absent for no lower bound.") LocalDate from,
        @Schema(description = "Last day counted; absent for no upper bound.") LocalDate to,
        @Schema(required = true) long total,
        @Schema(description = "One count per kind, zeros included.", required = true) Map<String, Long> byKind,
        @Schema(description = "One count per partner, the reader's first when they are one.", required = true) List<PartnerCount> byPartner) {

    /** One partner's count. */
    @Schema(name = "PartnerEntryCount")
    public record PartnerCount(@Schema(required = true) UUID partnerId,
            @Schema(required = true) String name,
            @Schema(description = "Whether this is the reader.", required = true) boolean yours,
            @Schema(required = true) long entries) {
    }
}
