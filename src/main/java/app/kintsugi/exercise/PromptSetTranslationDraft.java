package app.kintsugi.exercise;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A prompt set's words in another language; as many prompts as the English, in the same order. */
@Schema(name = "PromptSetTranslationDraft", description = "A prompt set's words in another language; as many prompts as the English, in the same order.")
public record PromptSetTranslationDraft(
        @Schema(required = true, maxLength = 120) String title,
        @Schema(required = true, maxLength = 600) String description,
        @Schema(required = true) List<String> prompts) {
}
