package app.kintsugi.helpline;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A support resource as everyone reads it. */
@Schema(description = "A support or safety resource: a hotline, a crisis line, a counseling directory.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupportResourceView(@Schema(required = true) UUID id,
        @Schema(description = "ISO 3166-1 alpha-2 country code, or `ZZ` when it serves every country.", required = true, examples = "PT") String country,
        @Schema(description = "Whether it serves every country.", required = true) boolean international,
        @Schema(description = "BCP 47 tag of the language it answers in.", required = true, examples = "pt-PT") String language,
        @Schema(required = true) SupportResourceKind kind,
        @Schema(required = true) String name,
        @Schema(description = "What the resource offers and to whom: in the reader's language when an admin published a translation of it, else in the resource's own language.", required = true) String description,
        @Schema(description = "BCP 47 tag of the language `description` is in: `language`, or the language of the translation given.", required = true, examples = "es") String descriptionLanguage,
        @Schema(description = "Number to call or text, as it is dialled; absent when it has none (then `url` is present).") String phone,
        @Schema(description = "Absolute `https` address; absent when it has none (then `phone` is present).") String url,
        @Schema(description = "When someone answers, in the resource's language; absent when not given.") String hours,
        @Schema(required = true) boolean available24h,
        @Schema(required = true) Instant updatedAt,
        @Schema(description = "Admins only: when it was retired; retired resources are hidden from everyone else.") Instant retiredAt) {
}
