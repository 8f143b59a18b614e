package app.kintsugi.exercise;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A set of reflection prompts: questions a couple asks each other. */
@Schema(description = "A set of reflection prompts.")
public record PromptSetView(@Schema(required = true) String slug,
        @Schema(description = "Language of the texts (BCP 47).", required = true) String language,
        @Schema(required = true) String title,
        @Schema(required = true) String description,
        @Schema(required = true) List<String> prompts) {
}
