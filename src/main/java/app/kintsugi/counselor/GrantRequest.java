package app.kintsugi.counselor;

import java.time.Instant;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GrantRequest", description = "A counselor's code, with what the submitting partner offers to let the counselor see or do.")
public record GrantRequest(
        @Schema(description = "The code the counselor gave.", required = true, examples = "R4W8N-2KD7Q-M9XCT-6HBZP") String code,
        @Schema(description = "Scopes offered; the other partner may agree to all or fewer.", required = true) Set<CounselorScope> scopes,
        @Schema(description = "When access ends; at most 365 days away. Defaults to 90 days from now.", examples = "2027-02-20T00:00:00Z") Instant expiresAt) {
}
