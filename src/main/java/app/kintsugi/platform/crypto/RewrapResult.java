package app.kintsugi.platform.crypto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one re-wrap did. */
@Schema(description = "The outcome of re-wrapping the couples' data keys with the active master key.")
public record RewrapResult(
        @Schema(description = "The master key every data key is now wrapped by.", required = true) String activeMasterKey,
        @Schema(description = "How many data keys were re-wrapped by this call; 0 when all were already current.", required = true) int rewrapped) {
}
