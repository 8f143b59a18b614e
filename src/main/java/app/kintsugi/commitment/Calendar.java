package app.kintsugi.commitment;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommitmentCalendar", description = "Every occurrence of the couple's commitments in a range of days, in date order.")
public record Calendar(@Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to,
        @Schema(description = "The couple's time zone, in which the dates are days.", required = true) String timeZone,
        @Schema(required = true) List<OccurrenceView> items) {
}
