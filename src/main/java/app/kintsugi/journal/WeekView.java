package app.kintsugi.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One ISO week of the journal as the reader may see it, for reading it together. */
@Schema(description = "One ISO week of the journal, in the couple's time zone, as the reader may see it.")
public record WeekView(
        @Schema(description = "ISO week, such as 2026-W48 (four digits, `-W`, two digits).", required = true, examples = "2026-W48") String week,
        @Schema(description = "Its Monday.", required = true) LocalDate startsOn,
        @Schema(description = "Its Sunday.", required = true) LocalDate endsOn,
        @Schema(description = "The end of the week in the couple's time zone: when its `reveal` entries reach the partner at the latest.", required = true) Instant endsAt,
        @Schema(description = "Whether its `reveal` entries have reached the partner: the week ended, or both partners marked it read (a pause holds them back until it ends).", required = true) boolean revealed,
        @Schema(description = "Whether both partners marked it read together.", required = true) boolean reviewed,
        @Schema(description = "Who marked it read, and when.", required = true) List<ReadMark> readMarks,
        @Schema(description = "Days each partner wrote on, counting only entries the reader may see.", required = true) List<Participation> participation,
        @Schema(description = "The questions to talk over; entries that answer one carry its key in `answers`.", required = true) List<Question> questions,
        @Schema(description = "The week's entries the reader may see, in the order they were written. At most 10 per partner and day exist.", required = true) List<EntryView> entries) {

    @Schema(name = "WeekReadMark")
    public record ReadMark(@Schema(required = true) UUID partnerId, @Schema(required = true) String name,
            @Schema(required = true) boolean yours, @Schema(required = true) Instant readAt) {
    }

    @Schema(name = "WeekParticipation")
    public record Participation(@Schema(required = true) UUID partnerId, @Schema(required = true) String name,
            @Schema(required = true) boolean yours,
            @Schema(description = "Distinct days with at least one entry.", required = true) int daysWritten,
            @Schema(required = true) int entries) {
    }

    @Schema(name = "WeekQuestion")
    public record Question(@Schema(required = true) ProgressQuestion key, @Schema(required = true) String text) {
    }
}
