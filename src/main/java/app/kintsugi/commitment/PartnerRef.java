package app.kintsugi.commitment;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner named beside something of theirs. */
@Schema(name = "CommitmentPartner", description = "A partner, as shown beside their commitments and check-offs.")
public record PartnerRef(@Schema(required = true) UUID partnerId, @Schema(required = true) String name,
        @Schema(description = "Whether this is the reader.", required = true) boolean yours) {
}
