package app.kintsugi.profile;

import java.util.List;
import java.util.Map;

import app.kintsugi.platform.openapi.ProblemCatalog.Example;
import app.kintsugi.platform.openapi.ProblemCatalog.Spec;

/** The examples the profile operations publish, and their named problem responses. */
public final class ProfileContract {

    public static final String INVALID_PROFILE = "InvalidProfile";

    public static final String PROFILE = """
            {
              "id": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "displayName": "Sam",
              "timeZone": "Europe/Lisbon",
              "locale": "en-GB",
              "roles": ["user"],
              "createdAt": "2026-11-02T08:15:30Z",
              "updatedAt": "2026-11-20T19:02:11Z"
            }""";

    public static final String PROFILE_PATCH = """
            { "timeZone": "America/Los_Angeles" }""";

    public static final String PROFILE_PATCH_NAME = """
            { "displayName": "Sammie" }""";

    public static final String PROFILE_PATCHED = """
            {
              "id": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "displayName": "Sam",
              "timeZone": "America/Los_Angeles",
              "locale": "en-GB",
              "roles": ["user"],
              "createdAt": "2026-11-02T08:15:30Z",
              "updatedAt": "2026-11-22T10:41:07Z"
            }""";

    private ProfileContract() {
    }

    /** Registers the named problem responses of the profile. */
    public static void problems(Map<String, Spec> specs) {
        specs.put(INVALID_PROFILE, new Spec(422, "A field is invalid, read-only or unknown; `errors` names each one.",
                List.of(
                        Example.field("blankName", "/displayName", "blank", "A display name cannot be empty."),
                        Example.field("nameControlCharacter", "/displayName", "control-character",
                                "A display name cannot contain control characters such as line breaks."),
                        Example.field("badTimeZone", "/timeZone", "invalid-time-zone",
                                "Use an IANA time zone id such as Europe/Lisbon; see GET /v1/time-zones."),
                        Example.field("badLocale", "/locale", "invalid-locale",
                                "Use a BCP 47 language tag such as en or pt-BR."),
                        Example.field("nameTooLong", "/displayName", "too-long",
                                "A display name has at most 60 characters."),
                        Example.field("removed", "/timeZone", "required", "This field cannot be removed."),
                        Example.field("readOnly", "/roles", "read-only", "This field is set by the server."),
                        Example.field("unknownField", "/nickname", "unknown-field", "A profile has no such field."),
                        Example.field("notAString", "/locale", "invalid-type", "This field must be a string."),
                        Example.field("notAnObject", "", "not-an-object", "A merge patch must be a JSON object."))));
    }
}
