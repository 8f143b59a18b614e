package app.kintsugi.helpline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The translatable part of a support resource, as an admin writes it in another language. */
@Schema(description = "A support resource's description in another language. The name, contact details and hours are not translated.")
public record SupportTranslationDraft(
        @Schema(description = "What the resource offers and to whom, in the translation's language; 1 to 600 characters, line breaks allowed.", required = true, maxLength = 600) String description) {
}
