package app.kintsugi.counselor;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "CounselorLink", description = "A single-use code a counselor gives a couple. The code is shown once, in the answer that created it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CounselorLinkView(
        @Schema(required = true) UUID id,
        @Schema(description = "`open`, `used`, `revoked` or `expired`.", required = true) CounselorLink.LinkStatus status,
        @Schema(description = "Only in the answer to its creation (absent everywhere else): the code a partner submits.", examples = "R4W8N-2KD7Q-M9XCT-6HBZP") String code,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant expiresAt) {
}
