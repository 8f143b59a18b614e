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
        @Schema(description = "One count per kind, zeros included.", required = true) KindCounts byKind,
        @Schema(description = "One count per partner, the reader's first when they are one.", required = true) List<PartnerCount> byPartner) {

    /** One count per kind of entry, zeros included. */
    // additionalProperties: kinds may be added within v1 (the enum policy), and each would come as one more count.
    @Schema(name = "JournalKindCounts", description = "How many entries of each kind; every kind is present, zeros included. A kind added later comes as one more property.", additionalProperties = Long.class)
    public record KindCounts(@Schema(required = true) long appreciation,
            @Schema(required = true) long somethingHard,
            @Schema(required = true) long connection,
            @Schema(required = true) long tinyWin,
            @Schema(required = true) long setback,
            @Schema(required = true) long reflection) {

        static KindCounts of(Map<JournalKind, Long> counts) {
            return new KindCounts(count(counts, JournalKind.APPRECIATION), count(counts, JournalKind.SOMETHING_HARD),
                    count(counts, JournalKind.CONNECTION), count(counts, JournalKind.TINY_WIN),
                    count(counts, JournalKind.SETBACK), count(counts, JournalKind.REFLECTION));
        }

        private static long count(Map<JournalKind, Long> counts, JournalKind kind) {
            return counts.getOrDefault(kind, 0L);
        }
    }

    /** One partner's count. */
    @Schema(name = "PartnerEntryCount")
    public record PartnerCount(@Schema(required = true) UUID partnerId,
            @Schema(required = true) String name,
            @Schema(description = "Whether this is the reader.", required = true) boolean yours,
            @Schema(required = true) long entries) {
    }
}
