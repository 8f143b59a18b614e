package app.kintsugi.agreement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One version of an agreement, with who accepted it. */
@Schema(description = "One version of an agreement's terms. `proposedByYou` and `acceptedByYou` are shown to partners only.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementVersionView(
        @Schema(description = "1 for the first version, then counting up.", required = true) int number,
        @Schema(required = true) VersionOrigin origin,
        @Schema(required = true) VersionStatus status,
        @Schema(required = true) String title,
        @Schema(required = true) String terms,
        @Schema(description = "Months from taking effect to the review.", required = true) int reviewEveryMonths,
        @Schema(required = true) UUID proposedById,
        @Schema(description = "The proposer's display name; after the couple ended, the former partner's is shown as `Former partner`.", required = true) String proposedByName,
        @Schema(description = "Whether the reader proposed it; shown to partners, absent for a counselor.") Boolean proposedByYou,
        @Schema(required = true) Instant proposedAt,
        @Schema(description = "Who accepted this version so far, in order.", required = true) List<Acceptance> acceptances,
        @Schema(description = "Whether the reader accepted it; shown to partners, absent for a counselor.") Boolean acceptedByYou,
        @Schema(description = "When both acceptances were in and it took effect; kept after a later version replaced it, absent for a version that never took effect.") Instant inForceFrom) {

    @Schema(name = "AgreementAcceptance", description = "One partner's acceptance of a version.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Acceptance(@Schema(required = true) UUID partnerId,
            @Schema(description = "Their display name; after the couple ended, the former partner's is shown as `Former partner`.", required = true) String name,
            @Schema(description = "Whether it is the reader's; shown to partners, absent for a counselor.") Boolean yours,
            @Schema(required = true) Instant acceptedAt) {
    }
}
