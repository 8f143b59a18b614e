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
        @Schema(required = true) String proposedByName,
        Boolean proposedByYou,
        @Schema(required = true) Instant proposedAt,
        @Schema(description = "Who accepted this version so far, in order.", required = true) List<Acceptance> acceptances,
        @Schema(description = "Whether the reader accepted it.") Boolean acceptedByYou,
        @Schema(description = "When both acceptances were in and it took effect; kept after a later version replaced it.") Instant inForceFrom) {

    @Schema(name = "AgreementAcceptance", description = "One partner's acceptance of a version.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Acceptance(@Schema(required = true) UUID partnerId,
            @Schema(required = true) String name,
            @Schema(description = "Partners only: whether it is the reader's.") Boolean yours,
            @Schema(required = true) Instant acceptedAt) {
    }
}
