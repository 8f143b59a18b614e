package app.kintsugi.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A concern about an agreement, in the raiser's words. */
@Schema(description = "A concern about an agreement, for the two partners only: something to talk over together.")
public record NewConcern(
        @Schema(description = "What the raiser would like to talk about: 1 to 280 characters (Unicode code points after NFC normalization); line breaks allowed.", required = true, maxLength = 280) String text) {
}
