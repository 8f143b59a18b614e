package app.kintsugi.couple;

import java.util.List;
import java.util.Map;

import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.openapi.ProblemCatalog.Example;
import app.kintsugi.platform.openapi.ProblemCatalog.Spec;

/**
 * The published contract of couples and invitations: the examples their operations show and the named problem responses
 * they refer to, each problem example built from the {@link CoupleProblem} its throw sites use.
 */
public final class CoupleContract {

    public static final String INVALID_COUPLE = "InvalidCouple";
    public static final String CREATE_COUPLE_CONFLICT = "CreateCoupleConflict";
    public static final String RESUME_CONFLICT = "ResumeConflict";
    public static final String INVALID_SHARING_DEFAULTS = "InvalidSharingDefaults";
    public static final String INVITATION_NOT_FOUND = "InvitationNotFound";
    public static final String INVITE_CONFLICT = "InviteConflict";
    public static final String INVITATION_NOT_OPEN = "InvitationNotOpen";
    public static final String ACCEPT_NOT_FOUND = "InvitationCodeNotFound";
    public static final String ACCEPT_CONFLICT = "AcceptConflict";
    public static final String ACCEPT_GONE = "InvitationGone";
    public static final String INVALID_ACCEPTANCE = "InvalidAcceptance";

    // --- Couples ----------------------------------------------------------------------------------------------

    public static final String NEW_COUPLE = """
            { "name": "Our fresh start", "timeZone": "Europe/Lisbon", "programStartsOn": "2026-11-23" }""";

    public static final String COUPLE_FORMING = """
            {
              "id": "0d6f3c8e-5b1a-4f2e-9c7d-8a4b2e1f6c30",
              "name": "Our fresh start",
              "timeZone": "Europe/Lisbon",
              "programStartsOn": "2026-11-23",
              "status": "forming",
              "yourRole": "partner",
              "partners": [
                { "id": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "displayName": "Sam", "you": true }
              ],
              "pausedByYou": false,
              "newItemsPrivateByDefault": false,
              "createdAt": "2026-11-22T09:30:00Z"
            }""";

    public static final String COUPLE_ACTIVE = """
            {
              "id": "0d6f3c8e-5b1a-4f2e-9c7d-8a4b2e1f6c30",
              "name": "Our fresh start",
              "timeZone": "Europe/Lisbon",
              "programStartsOn": "2026-11-23",
              "status": "active",
              "yourRole": "partner",
              "partners": [
                { "id": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "displayName": "Sam", "you": true },
                { "id": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "displayName": "Alex", "you": false }
              ],
              "pausedByYou": false,
              "newItemsPrivateByDefault": false,
              "createdAt": "2026-11-22T09:30:00Z"
            }""";

    public static final String COUPLE_PAUSED = """
            {
              "id": "0d6f3c8e-5b1a-4f2e-9c7d-8a4b2e1f6c30",
              "name": "Our fresh start",
              "timeZone": "Europe/Lisbon",
              "programStartsOn": "2026-11-23",
              "status": "paused",
              "yourRole": "partner",
              "partners": [
                { "id": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "displayName": "Sam", "you": true },
                { "id": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "displayName": "Alex", "you": false }
              ],
              "pausedByYou": true,
              "newItemsPrivateByDefault": false,
              "createdAt": "2026-11-22T09:30:00Z"
            }""";

    public static final String COUPLE_ENDED = """
            {
              "id": "0d6f3c8e-5b1a-4f2e-9c7d-8a4b2e1f6c30",
              "name": "Our fresh start",
              "timeZone": "Europe/Lisbon",
              "programStartsOn": "2026-11-23",
              "status": "ended",
              "yourRole": "partner",
              "partners": [
                { "id": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "displayName": "Sam", "you": true }
              ],
              "pausedByYou": false,
              "newItemsPrivateByDefault": false,
              "createdAt": "2026-11-22T09:30:00Z",
              "endedAt": "2027-01-15T21:04:00Z"
            }""";

    public static final String COUPLE_FOR_COUNSELOR = """
            {
              "id": "0d6f3c8e-5b1a-4f2e-9c7d-8a4b2e1f6c30",
              "name": "Our fresh start",
              "timeZone": "Europe/Lisbon",
              "programStartsOn": "2026-11-23",
              "status": "active",
              "yourRole": "counselor",
              "partners": [
                { "id": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "displayName": "Sam", "you": false },
                { "id": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "displayName": "Alex", "you": false }
              ],
              "counselorScopes": ["progress", "sessions"],
              "createdAt": "2026-11-22T09:30:00Z"
            }""";

    public static final String COUPLE_PAGE = """
            {
              "items": [
                {
                  "id": "0d6f3c8e-5b1a-4f2e-9c7d-8a4b2e1f6c30",
                  "name": "Our fresh start",
                  "timeZone": "Europe/Lisbon",
                  "programStartsOn": "2026-11-23",
                  "status": "active",
                  "yourRole": "partner",
                  "partners": [
                    { "id": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "displayName": "Sam", "you": true },
                    { "id": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "displayName": "Alex", "you": false }
                  ],
                  "pausedByYou": false,
                  "newItemsPrivateByDefault": false,
                  "createdAt": "2026-11-22T09:30:00Z"
                }
              ]
            }""";

    public static final String COUNSELED_COUPLE_PAGE = """
            {
              "items": [
                {
                  "id": "0d6f3c8e-5b1a-4f2e-9c7d-8a4b2e1f6c30",
                  "name": "Our fresh start",
                  "timeZone": "Europe/Lisbon",
                  "programStartsOn": "2026-11-23",
                  "status": "active",
                  "yourRole": "counselor",
                  "partners": [
                    { "id": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "displayName": "Sam", "you": false },
                    { "id": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "displayName": "Alex", "you": false }
                  ],
                  "counselorScopes": ["progress", "sessions"],
                  "createdAt": "2026-11-22T09:30:00Z"
                }
              ]
            }""";

    public static final String STOP_SHARING = """
            {
              "revokedCounselorGrants": ["5e8a1c3d-9f2b-4a6e-8d7c-0b1a2f3e4d59"],
              "revokedInvitations": [],
              "paused": true,
              "madeNewItemsPrivate": true,
              "couple": {
                "id": "0d6f3c8e-5b1a-4f2e-9c7d-8a4b2e1f6c30",
                "timeZone": "Europe/Lisbon",
                "programStartsOn": "2026-11-23",
                "status": "paused",
                "yourRole": "partner",
                "partners": [
                  { "id": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "displayName": "Sam", "you": true },
                  { "id": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "displayName": "Alex", "you": false }
                ],
                "pausedByYou": true,
                "newItemsPrivateByDefault": true,
                "createdAt": "2026-11-22T09:30:00Z"
              }
            }""";

    public static final String STOP_SHARING_AGAIN = """
            {
              "revokedCounselorGrants": [],
              "revokedInvitations": [],
              "paused": false,
              "madeNewItemsPrivate": false,
              "couple": {
                "id": "0d6f3c8e-5b1a-4f2e-9c7d-8a4b2e1f6c30",
                "timeZone": "Europe/Lisbon",
                "programStartsOn": "2026-11-23",
                "status": "paused",
                "yourRole": "partner",
                "partners": [
                  { "id": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "displayName": "Sam", "you": true },
                  { "id": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "displayName": "Alex", "you": false }
                ],
                "pausedByYou": true,
                "newItemsPrivateByDefault": true,
                "createdAt": "2026-11-22T09:30:00Z"
              }
            }""";

    public static final String SHARING_DEFAULTS = """
            { "newItemsPrivateByDefault": false }""";

    // --- Invitations ------------------------------------------------------------------------------------------

    public static final String INVITATION_CREATED = """
            {
              "id": "a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e13",
              "status": "open",
              "code": "7KQ2M-XD9PA-3RT8W-HN4CF",
              "createdAt": "2026-11-22T09:31:00Z",
              "expiresAt": "2026-11-25T09:31:00Z"
            }""";

    public static final String INVITATION = """
            {
              "id": "a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e13",
              "status": "accepted",
              "createdAt": "2026-11-22T09:31:00Z",
              "expiresAt": "2026-11-25T09:31:00Z"
            }""";

    public static final String INVITATION_REVOKED = """
            {
              "id": "a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e13",
              "status": "revoked",
              "createdAt": "2026-11-22T09:31:00Z",
              "expiresAt": "2026-11-25T09:31:00Z"
            }""";

    public static final String INVITATION_PAGE = """
            {
              "items": [
                {
                  "id": "a3c5e7f9-1b2d-4e6f-8a0c-2e4f6a8c0e13",
                  "status": "accepted",
                  "createdAt": "2026-11-22T09:31:00Z",
                  "expiresAt": "2026-11-25T09:31:00Z"
                },
                {
                  "id": "f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9",
                  "status": "expired",
                  "createdAt": "2026-11-12T18:00:00Z",
                  "expiresAt": "2026-11-15T18:00:00Z"
                }
              ]
            }""";

    public static final String ACCEPTANCE = """
            { "code": "7KQ2M-XD9PA-3RT8W-HN4CF", "consent": true }""";

    private CoupleContract() {
    }

    /** Registers the named problem responses of couples and invitations. */
    public static void problems(Map<String, Spec> specs) {
        Example alreadyInCouple = Example.of("alreadyInCouple", CoupleProblem.ALREADY_IN_COUPLE);
        Example coupleFull = Example.of("coupleFull", CoupleProblem.COUPLE_FULL);
        specs.put(INVALID_SHARING_DEFAULTS, new Spec(422, "The setting is missing or not a boolean.", List.of(
                Example.field("missing", "/newItemsPrivateByDefault", "required", "Send true or false."))));
        specs.put(INVITATION_NOT_FOUND, new Spec(404, "The couple is not visible to the caller, or has no such "
                + "invitation.",
                List.of(Example.of("notFound", "not-found",
                        "This couple has no invitation with this id."))));
        specs.put(INVALID_COUPLE, new Spec(422, "A field is invalid; `errors` names each one.", List.of(
                Example.field("badTimeZone", "/timeZone", "invalid-time-zone",
                        "Use an IANA time zone id such as Europe/Lisbon; see GET /v1/time-zones."),
                Example.field("startTooFar", "/programStartsOn", "out-of-range",
                        "The program start must be within a year of today."),
                Example.field("nameTooLong", "/name", "too-long", "A name has at most 60 characters."),
                Example.field("blankName", "/name", "blank", "A name cannot be empty."),
                Example.field("lineBreakInName", "/name", "control-character",
                        "A name cannot contain control characters such as line breaks."))));
        specs.put(CREATE_COUPLE_CONFLICT, new Spec(409, "The caller is already in a couple that has not ended.",
                List.of(alreadyInCouple)));
        specs.put(RESUME_CONFLICT, new Spec(409, "The caller holds no pause, or the couple has ended.",
                List.of(Example.of("notPausedByYou", CoupleProblem.NOT_PAUSED_BY_YOU), ProblemCatalog.ENDED)));
        specs.put(INVITE_CONFLICT, new Spec(409, "The couple cannot take an invitation now.", List.of(
                coupleFull,
                Example.of("couplePaused", CoupleProblem.COUPLE_PAUSED.code(),
                        InvitationService.PAUSED_NO_INVITATION),
                ProblemCatalog.ENDED)));
        specs.put(INVITATION_NOT_OPEN, new Spec(409, "The invitation was accepted or expired, or the couple ended.",
                List.of(Example.of("notOpen", CoupleProblem.INVITATION_NOT_OPEN), ProblemCatalog.ENDED)));
        specs.put(ACCEPT_NOT_FOUND, new Spec(404, "No invitation has this code. Counts as a failed attempt.",
                List.of(Example.of("unknownCode", "not-found", "No invitation has this code. Check it for typos."))));
        specs.put(ACCEPT_CONFLICT, new Spec(409, "The invitation cannot be used by the caller; nothing changed.",
                List.of(Example.of("ownInvitation", CoupleProblem.OWN_INVITATION), coupleFull, alreadyInCouple)));
        specs.put(ACCEPT_GONE, new Spec(410, "The invitation can no longer be used; ask for a new one.", List.of(
                Example.of("used", CoupleProblem.INVITATION_USED),
                Example.of("revoked", CoupleProblem.INVITATION_REVOKED),
                Example.of("expired", CoupleProblem.INVITATION_EXPIRED))));
        specs.put(INVALID_ACCEPTANCE, new Spec(422, "The code is missing or consent was not given.", List.of(
                Example.field("noConsent", "/consent", "consent-required",
                        "Joining a couple needs your explicit consent: send consent as true."),
                Example.field("noCode", "/code", "required", "Give the invitation code you received."))));
    }
}
