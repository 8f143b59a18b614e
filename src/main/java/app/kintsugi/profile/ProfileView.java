package app.kintsugi.profile;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's profile as the API shows it. */
@Schema(name = "Profile", description = "The signed-in person's profile.")
public record ProfileView(
        @Schema(description = "Stable id of this person in Kintsugi; never changes, not the identity provider's id.", readOnly = true) UUID id,
        @Schema(description = "Name shown to a partner or counselor. 1 to 60 characters.", examples = "Sam") String displayName,
        @Schema(description = "IANA time zone; see `GET /v1/time-zones`.", examples = "Europe/Lisbon") String timeZone,
        @Schema(description = "BCP 47 language tag for texts the API serves.", examples = "en-GB") String locale,
        @Schema(description = "Roles granted by the identity provider that this API knows for people: `user`, `counselor`, `admin`.", readOnly = true) Set<String> roles,
        @Schema(description = "When the profile was created (first call to `GET /v1/me`).", readOnly = true) Instant createdAt,
        @Schema(description = "When the profile was last changed.", readOnly = true) Instant updatedAt) {
}
