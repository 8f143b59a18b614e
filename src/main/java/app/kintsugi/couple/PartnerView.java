package app.kintsugi.couple;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Partner", description = "A partner as the couple sees them.")
public record PartnerView(
        @Schema(description = "The partner's profile id.", required = true) UUID id,
        @Schema(description = "The name the partner chose to show.", examples = "Sam", required = true) String displayName,
        @Schema(description = "True for the caller.", required = true) boolean you) {
}
