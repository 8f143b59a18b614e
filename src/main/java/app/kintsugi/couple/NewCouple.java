package app.kintsugi.couple;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewCouple", description = "A couple to create; every field may be left out.")
public record NewCouple(
        @Schema(description = "Optional name of the shared space, 1 to 60 characters.", examples = "Our fresh start") String name,
        @Schema(description = "IANA time zone for the couple's days. Defaults to the creator's profile time zone.", examples = "Europe/Lisbon") String timeZone,
        @Schema(description = "First day of the program, within a year of today. Defaults to today in the couple's time zone.", examples = "2026-11-23") LocalDate programStartsOn) {
}
