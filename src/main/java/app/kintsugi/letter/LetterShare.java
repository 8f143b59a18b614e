package app.kintsugi.letter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The status an author moves a letter to. */
@Schema(description = "Send `shared` to let the partner read the letter; it cannot be undone.")
public record LetterShare(@Schema(required = true) LetterStatus status) {
}
