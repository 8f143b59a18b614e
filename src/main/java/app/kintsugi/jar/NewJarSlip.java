package app.kintsugi.jar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A slip as a partner puts it in the jar. */
@Schema(description = "A new slip for the jar.")
public record NewJarSlip(
        @Schema(description = "One small act of trust, on one line: 1 to 120 characters (Unicode code points, after NFC normalization, so the raw text may be longer and no `maxLength` is set), no line breaks.", required = true, examples = "Ask about my day and listen to the answer") String text) {
}
