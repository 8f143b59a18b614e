package app.kintsugi.helpline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A support resource as an admin writes it; replacing sends every field again. */
@Schema(description = "A support resource as an admin writes it. A phone number, a web address or both are required.")
public record SupportResourceDraft(
        @Schema(description = "ISO 3166-1 alpha-2 country code in upper case, or `ZZ` for a resource that serves every country.", required = true, pattern = "^[A-Z]{2}$", examples = "PT") String country,
        @Schema(description = "BCP 47 tag of the language the resource answers in.", required = true, examples = "pt-PT") String language,
        @Schema(required = true) SupportResourceKind kind,
        @Schema(description = "Name, one line, 1 to 120 characters.", required = true, maxLength = 120) String name,
        @Schema(description = "What the resource offers and to whom, 1 to 600 characters; line breaks allowed.", required = true, maxLength = 600) String description,
        @Schema(description = "Number to call or text as it is dialled: digits, spaces, `()`, `-` and a leading `+`; 2 to 30 characters.", maxLength = 30, examples = "+351 800 000 000") String phone,
        @Schema(description = "Absolute `https` address, at most 500 characters.", maxLength = 500, examples = "https://findahelpline.com") String url,
        @Schema(description = "When someone answers, one line, at most 120 characters.", maxLength = 120, examples = "Mon–Fri 09:00–21:00") String hours,
        @Schema(description = "Whether someone answers at any hour. Default false.", defaultValue = "false") Boolean available24h) {
}
