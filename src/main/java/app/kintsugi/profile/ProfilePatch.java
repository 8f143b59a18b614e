package app.kintsugi.profile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The editable fields of a profile: the document a merge patch is applied to. Also the schema the spec shows for
 * {@code PATCH /v1/me}; every field is optional there.
 */
@Schema(name = "ProfilePatch", description = "JSON Merge Patch (RFC 7396) of the editable profile fields. "
        + "Send only what changes; these fields cannot be removed, so `null` is refused.")
record ProfilePatch(
        @Schema(description = "1 to 60 characters, no control characters.", examples = "Sam") String displayName,
        @Schema(description = "IANA time zone id; see `GET /v1/time-zones`.", examples = "America/Los_Angeles") String timeZone,
        @Schema(description = "BCP 47 language tag.", examples = "pt-PT") String locale) {
}
