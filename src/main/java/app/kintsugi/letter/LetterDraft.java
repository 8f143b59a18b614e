package app.kintsugi.letter;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A letter as its author writes it. */
@Schema(description = "A repair letter as its author writes it.")
public record LetterDraft(
        @Schema(description = "An optional one-line title, at most 120 characters.", maxLength = 120) String title,
        @Schema(description = "The letter: what hurt, that you understand it, and what you will do differently. 1 to 5000 characters (Unicode code points); line breaks allowed.", required = true, maxLength = 5000) String body,
        @Schema(description = "Only when creating: a shared letter of this couple that this one follows, since a shared letter is never edited.") UUID follows) {
}
