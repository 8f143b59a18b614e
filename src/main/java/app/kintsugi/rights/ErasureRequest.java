package app.kintsugi.rights;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The explicit confirmation an erasure needs. */
@Schema(description = "Confirms the erasure of the caller's account.")
public record ErasureRequest(
        @Schema(description = "Exactly the words `erase my account`.", required = true, example = ErasureService.PHRASE) String confirm) {
}
