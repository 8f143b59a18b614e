package app.kintsugi.commitment;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "CalendarFeed", description = "The caller's own calendar feed. Its secret address is shown once, when it is made.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedView(@Schema(description = "Whether a secret address works now.", required = true) boolean active,
        @Schema(required = true) boolean showTitles,
        @Schema(description = "Only in the answer that made it, absent everywhere else: the address to subscribe to in a calendar app. Anyone holding it reads the feed until it is replaced or revoked.") String url,
        @Schema(description = "When the current secret was made; absent while there is none (never made, or revoked).") Instant issuedAt) {
}
