package app.kintsugi.counselor;

import java.util.List;
import java.util.Map;

import app.kintsugi.couple.CoupleProblem;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.openapi.ProblemCatalog.Example;
import app.kintsugi.platform.openapi.ProblemCatalog.Spec;

/**
 * The published contract of counselor access: the examples of link codes, grants, consent and the access log, and the
 * named problem responses their operations refer to, built from the {@link CounselorProblem} the throw sites use.
 */
public final class CounselorContract {

    public static final String GRANT_NOT_FOUND = "GrantNotFound";
    public static final String LINK_NOT_FOUND = "CounselorLinkNotFound";
    public static final String GRANT_CODE_NOT_FOUND = "CounselorCodeNotFound";
    public static final String GRANT_CONFLICT = "GrantConflict";
    public static final String LINK_GONE = "CounselorLinkGone";
    public static final String INVALID_GRANT = "InvalidGrant";
    public static final String CONSENT_CONFLICT = "ConsentConflict";
    public static final String INVALID_CONSENT = "InvalidConsent";
    public static final String LINK_NOT_OPEN = "CounselorLinkNotOpen";

    public static final String COUNSELOR_LINK_CREATED = """
            {
              "id": "b7d9f1a3-5c7e-4092-a4b6-c8d0e2f4a6b8",
              "status": "open",
              "code": "R4W8N-2KD7Q-M9XCT-6HBZP",
              "createdAt": "2026-11-22T10:00:00Z",
              "expiresAt": "2026-11-29T10:00:00Z"
            }""";

    public static final String COUNSELOR_LINK = """
            {
              "id": "b7d9f1a3-5c7e-4092-a4b6-c8d0e2f4a6b8",
              "status": "used",
              "createdAt": "2026-11-22T10:00:00Z",
              "expiresAt": "2026-11-29T10:00:00Z"
            }""";

    public static final String COUNSELOR_LINK_REVOKED = """
            {
              "id": "b7d9f1a3-5c7e-4092-a4b6-c8d0e2f4a6b8",
              "status": "revoked",
              "createdAt": "2026-11-22T10:00:00Z",
              "expiresAt": "2026-11-29T10:00:00Z"
            }""";

    public static final String COUNSELOR_LINK_PAGE = """
            {
              "items": [
                {
                  "id": "b7d9f1a3-5c7e-4092-a4b6-c8d0e2f4a6b8",
                  "status": "used",
                  "createdAt": "2026-11-22T10:00:00Z",
                  "expiresAt": "2026-11-29T10:00:00Z"
                }
              ]
            }""";

    public static final String GRANT_REQUEST = """
            { "code": "R4W8N-2KD7Q-M9XCT-6HBZP", "scopes": ["progress", "sessions", "sharedJournal"], "expiresAt": "2027-02-20T00:00:00Z" }""";

    public static final String CONSENT_REQUEST = """
            { "scopes": ["progress", "sessions"] }""";

    public static final String GRANT_AWAITING = """
            {
              "id": "5e8a1c3d-9f2b-4a6e-8d7c-0b1a2f3e4d59",
              "counselor": { "id": "e4f6a8b0-c2d4-4e6f-8a0b-2c4d6e8f0a1b", "displayName": "Dr. Rivera" },
              "status": "awaiting-consent",
              "offeredScopes": ["progress", "sessions", "sharedJournal"],
              "yourScopes": ["progress", "sessions", "sharedJournal"],
              "requestedByYou": true,
              "awaitingYourConsent": false,
              "createdAt": "2026-11-22T10:05:00Z",
              "expiresAt": "2027-02-20T00:00:00Z"
            }""";

    public static final String GRANT_ACTIVE = """
            {
              "id": "5e8a1c3d-9f2b-4a6e-8d7c-0b1a2f3e4d59",
              "counselor": { "id": "e4f6a8b0-c2d4-4e6f-8a0b-2c4d6e8f0a1b", "displayName": "Dr. Rivera" },
              "status": "active",
              "offeredScopes": ["progress", "sessions", "sharedJournal"],
              "yourScopes": ["progress", "sessions"],
              "scopes": ["progress", "sessions"],
              "requestedByYou": false,
              "awaitingYourConsent": false,
              "createdAt": "2026-11-22T10:05:00Z",
              "expiresAt": "2027-02-20T00:00:00Z"
            }""";

    public static final String GRANT_REVOKED = """
            {
              "id": "5e8a1c3d-9f2b-4a6e-8d7c-0b1a2f3e4d59",
              "counselor": { "id": "e4f6a8b0-c2d4-4e6f-8a0b-2c4d6e8f0a1b", "displayName": "Dr. Rivera" },
              "status": "revoked",
              "offeredScopes": ["progress", "sessions", "sharedJournal"],
              "yourScopes": ["progress", "sessions"],
              "requestedByYou": false,
              "awaitingYourConsent": false,
              "createdAt": "2026-11-22T10:05:00Z",
              "expiresAt": "2027-02-20T00:00:00Z",
              "revokedAt": "2026-12-02T20:14:00Z"
            }""";

    public static final String GRANT_PAGE = """
            {
              "items": [
                {
                  "id": "5e8a1c3d-9f2b-4a6e-8d7c-0b1a2f3e4d59",
                  "counselor": { "id": "e4f6a8b0-c2d4-4e6f-8a0b-2c4d6e8f0a1b", "displayName": "Dr. Rivera" },
                  "status": "awaiting-consent",
                  "offeredScopes": ["progress", "sessions", "sharedJournal"],
                  "requestedByYou": false,
                  "awaitingYourConsent": true,
                  "createdAt": "2026-11-22T10:05:00Z",
                  "expiresAt": "2027-02-20T00:00:00Z"
                }
              ]
            }""";

    public static final String ACCESS_LOG_PAGE = """
            {
              "items": [
                {
                  "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                  "counselor": { "id": "e4f6a8b0-c2d4-4e6f-8a0b-2c4d6e8f0a1b", "displayName": "Dr. Rivera" },
                  "grantId": "5e8a1c3d-9f2b-4a6e-8d7c-0b1a2f3e4d59",
                  "dataKind": "progress",
                  "accessedAt": "2026-11-24T16:20:03Z"
                },
                {
                  "id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
                  "counselor": { "id": "e4f6a8b0-c2d4-4e6f-8a0b-2c4d6e8f0a1b", "displayName": "Dr. Rivera" },
                  "grantId": "5e8a1c3d-9f2b-4a6e-8d7c-0b1a2f3e4d59",
                  "dataKind": "couple",
                  "accessedAt": "2026-11-24T16:19:55Z"
                }
              ],
              "nextCursor": "eyJsaXN0IjoiYWNjZXNzLWxvZyJ9.c2lnbmF0dXJlLW9mLXRoZS1jdXJzb3I"
            }""";

    private CounselorContract() {
    }

    /** Registers the named problem responses of counselor access. */
    public static void problems(Map<String, Spec> specs) {
        Example paused = Example.of("paused", CoupleProblem.COUPLE_PAUSED.code(),
                CounselorService.PAUSED_NO_COUNSELOR);
        specs.put(GRANT_NOT_FOUND, new Spec(404, "The couple is not visible to the caller, or has no such grant.",
                List.of(Example.of("notFound", "not-found", "This couple has no counselor grant with this id."))));
        specs.put(LINK_NOT_FOUND, new Spec(404, "The caller has no counselor link with this id.",
                List.of(Example.of("notFound", "not-found", "You have no counselor link with this id."))));
        specs.put(GRANT_CODE_NOT_FOUND, new Spec(404, "The couple is not visible to the caller, or no counselor "
                + "link has this code (which counts as a failed attempt).",
                List.of(
                        Example.of("unknownCode", "not-found", "No counselor link has this code. Check it for typos."),
                        Example.of("noCouple", "not-found", "There is no couple with this id that you can see."))));
        specs.put(GRANT_CONFLICT, new Spec(409, "The couple cannot take this counselor now; nothing changed.",
                List.of(Example.of("forming", CoupleProblem.COUPLE_FORMING.code(),
                        CounselorService.FORMING_NO_COUNSELOR),
                        paused,
                        Example.of("counselorIsPartner", CounselorProblem.COUNSELOR_IS_PARTNER),
                        Example.of("alreadyLinked", CounselorProblem.COUNSELOR_ALREADY_LINKED),
                        ProblemCatalog.ENDED)));
        specs.put(LINK_GONE, new Spec(410, "The counselor's code can no longer be used; ask for a new one.", List.of(
                Example.of("used", CounselorProblem.LINK_USED),
                Example.of("revoked", CounselorProblem.LINK_REVOKED),
                Example.of("expired", CounselorProblem.LINK_EXPIRED))));
        specs.put(INVALID_GRANT, new Spec(422, "A field is invalid; `errors` names each one.", List.of(
                Example.field("unknownScope", "/scopes/0", "invalid-type",
                        "This field has the wrong type or format."),
                Example.field("noScopes", "/scopes", "required", "Offer at least one scope."),
                Example.field("expiryTooLate", "/expiresAt", "out-of-range",
                        "The expiry must be in the future and at most 365 days away."))));
        specs.put(CONSENT_CONFLICT, new Spec(409, "The caller already consented, or the grant is not waiting "
                + "for consent any more.",
                List.of(
                        Example.of("alreadyConsented", CounselorProblem.ALREADY_CONSENTED),
                        Example.of("notAwaiting", CounselorProblem.GRANT_NOT_AWAITING_CONSENT),
                        paused,
                        ProblemCatalog.ENDED)));
        specs.put(INVALID_CONSENT, new Spec(422, "The scopes are empty or include one the other partner did not "
                + "offer.",
                List.of(Example.field("notOffered", "/scopes/1", "scope-not-offered",
                        "Only scopes the other partner offered can be agreed to."))));
        specs.put(LINK_NOT_OPEN, new Spec(409, "Only an open link can be revoked.", List.of(
                Example.of("notOpen", CounselorProblem.LINK_NOT_OPEN))));
    }
}
