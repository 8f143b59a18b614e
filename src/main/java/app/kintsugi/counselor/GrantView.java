package app.kintsugi.counselor;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "CounselorGrant", description = """
        A counselor's access to the couple. In force (`active`) only once both partners consented; what the counselor
        may see is what both agreed to. Who revoked a grant is never recorded.""")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GrantView(
        @Schema(required = true) UUID id,
        @Schema(required = true) PersonView counselor,
        @Schema(description = "`awaiting-consent`, `active`, `revoked` or `expired`.", required = true) GrantStatus status,
        @Schema(description = "The scopes the submitting partner offered.", required = true) Set<CounselorScope> offeredScopes,
        @Schema(description = "The scopes the caller agreed to; absent until the caller consented.") Set<CounselorScope> yourScopes,
        @Schema(description = "What the counselor may see or do: the scopes both partners agreed to. Absent unless active.") Set<CounselorScope> scopes,
        @Schema(description = "True when the caller submitted the counselor's code.", required = true) boolean requestedByYou,
        @Schema(description = "True while the grant waits for the caller's consent.", required = true) boolean awaitingYourConsent,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "When access ends, or ended, unless revoked before.", required = true) Instant expiresAt,
        @Schema(description = "When it was revoked; absent unless it was.") Instant revokedAt) {
}
