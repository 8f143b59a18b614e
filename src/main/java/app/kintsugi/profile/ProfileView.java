package app.kintsugi.profile;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's profile as the API shows it. */
@Schema(name = "Profile", description = "The signed-in person's profile.")
public record ProfileView(
        @Schema(description = "Stable id of this person in Kintsugi; never changes, not the identity provider's id.", readOnly = true, required = true) UUID id,
        @Schema(description = "Name shown to a partner or counselor. 1 to 60 characters.", examples = "Sam", required = true) String displayName,
        @Schema(description = "IANA time zone; see `GET /v1/time-zones`.", examples = "Europe/Lisbon", required = true) String timeZone,
        @Schema(description = "BCP 47 language tag for texts the API serves.", examples = "en-GB", required = true) String locale,
        @Schema(description = "Roles granted by the identity provider that this API knows for people (`user`, `counselor`, `admin`), in alphabetical order; empty when the token has none of them.", readOnly = true, required = true) Set<PersonRole> roles,
        @Schema(description = "When the profile was created (first call to `GET /v1/me`).", readOnly = true, required = true) Instant createdAt,
        @Schema(description = "When the profile was last changed; its creation time until the first change.", readOnly = true, required = true) Instant updatedAt) {
}
