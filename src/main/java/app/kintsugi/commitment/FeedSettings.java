package app.kintsugi.commitment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How the caller's calendar feed shows commitments.")
public record FeedSettings(
        @Schema(description = "True: events carry the commitments' titles. False (the default): every event reads `Reminder`, because calendars are often seen by others.", required = true) Boolean showTitles) {
}
