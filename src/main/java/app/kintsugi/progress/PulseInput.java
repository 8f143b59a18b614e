package app.kintsugi.progress;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How the caller feels today, 1 (not at all) to 10 (completely) each.")
public record PulseInput(
        @Schema(required = true, minimum = "1", maximum = "10") Integer safe,
        @Schema(required = true, minimum = "1", maximum = "10") Integer trusting,
        @Schema(required = true, minimum = "1", maximum = "10") Integer close,
        @Schema(description = "Optional, up to 280 characters; stored encrypted.", maxLength = 280) String note,
        @Schema(description = "Let the partner see this check-in. Default false.") Boolean shareWithPartner,
        @Schema(description = "Let a counselor with the `progress` scope see it. Default false.") Boolean shareWithCounselor) {
}
