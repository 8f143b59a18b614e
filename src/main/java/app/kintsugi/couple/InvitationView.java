package app.kintsugi.couple;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Invitation", description = "An invitation to join a couple. Its code is shown once, in the answer that created it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvitationView(
        @Schema(required = true) UUID id,
        @Schema(description = "`open`, `accepted`, `revoked` or `expired`.", required = true) InvitationStatus status,
        @Schema(description = "Only in the answer to its creation (absent everywhere else): the code to pass to the other partner. Case, dashes and spaces do not matter when it is typed back.", examples = "7KQ2M-XD9PA-3RT8W-HN4CF") String code,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant expiresAt) {
}
