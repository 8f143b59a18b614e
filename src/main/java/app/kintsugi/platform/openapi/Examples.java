package app.kintsugi.platform.openapi;

/**
 * Every example of the OpenAPI document, in one place, so that they stay consistent with each other (the same person,
 * the same request id) and are easy to review.
 */
public final class Examples {

    private Examples() {
    }

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

    public static final String TIME_ZONE_PAGE = """
            {
              "items": [
                { "id": "Africa/Abidjan", "currentOffset": "+00:00" },
                { "id": "Africa/Accra", "currentOffset": "+00:00" }
              ],
              "nextCursor": "eyJsaXN0IjoidGltZS16b25lcyIsImFmdGVyIjpbIkFmcmljYS9BY2NyYSJdfQ.mB1cq0n0wY3J5cW9yZ3Vh"
            }""";

    public static final String PROBLEM_BAD_LIMIT = """
            {
              "type": "https://kintsugi.app/problems/invalid-parameter",
              "title": "Bad request",
              "status": 400,
              "detail": "A parameter of the request is not valid.",
              "instance": "/v1/time-zones",
              "code": "invalid-parameter",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1",
              "errors": [
                { "field": "limit", "code": "out-of-range", "message": "limit must be a whole number from 1 to 100." }
              ]
            }""";

    public static final String PROBLEM_MALFORMED_JSON = """
            {
              "type": "https://kintsugi.app/problems/malformed-json",
              "title": "Bad request",
              "status": 400,
              "detail": "The request body is not well-formed JSON.",
              "instance": "/v1/me",
              "code": "malformed-json",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1"
            }""";

    public static final String PROBLEM_INVALID_TIME_ZONE = """
            {
              "type": "https://kintsugi.app/problems/validation-failed",
              "title": "Validation failed",
              "status": 422,
              "detail": "Some fields are not valid; see errors.",
              "instance": "/v1/me",
              "code": "validation-failed",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1",
              "errors": [
                {
                  "field": "/timeZone",
                  "code": "invalid-time-zone",
                  "message": "Use an IANA time zone id such as Europe/Lisbon; see GET /v1/time-zones."
                }
              ]
            }""";

    public static final String PROBLEM_PRECONDITION_FAILED = """
            {
              "type": "https://kintsugi.app/problems/precondition-failed",
              "title": "Precondition failed",
              "status": 412,
              "detail": "The resource changed since you read it. Read it again, then retry with its new ETag.",
              "instance": "/v1/me",
              "code": "precondition-failed",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1"
            }""";

    public static final String PROBLEM_PRECONDITION_REQUIRED = """
            {
              "type": "https://kintsugi.app/problems/precondition-required",
              "title": "Precondition required",
              "status": 428,
              "detail": "Send the If-Match header with the ETag you last read, so that no concurrent change is overwritten.",
              "instance": "/v1/me",
              "code": "precondition-required",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1"
            }""";

    public static final String PROBLEM_UNSUPPORTED_MEDIA_TYPE = """
            {
              "type": "https://kintsugi.app/problems/unsupported-media-type",
              "title": "Unsupported media type",
              "status": 415,
              "detail": "This operation does not accept the Content-Type sent; see the API description.",
              "instance": "/v1/me",
              "code": "unsupported-media-type",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1"
            }""";

    public static final String PROBLEM_UNAUTHORIZED = """
            {
              "type": "https://kintsugi.app/problems/unauthorized",
              "title": "Unauthorized",
              "status": 401,
              "detail": "Send a valid bearer access token issued for this API.",
              "instance": "/v1/me",
              "code": "unauthorized",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1"
            }""";

    public static final String PROBLEM_FORBIDDEN = """
            {
              "type": "https://kintsugi.app/problems/forbidden",
              "title": "Forbidden",
              "status": 403,
              "detail": "Your role does not allow this operation.",
              "instance": "/v1/me",
              "code": "forbidden",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1"
            }""";

    public static final String PROBLEM_INTERNAL = """
            {
              "type": "https://kintsugi.app/problems/internal-error",
              "title": "Internal error",
              "status": 500,
              "detail": "Something went wrong on our side. Quote the request id if you contact support.",
              "instance": "/v1/me",
              "code": "internal-error",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1"
            }""";

    public static final String PROBLEM_IDEMPOTENCY_IN_USE = """
            {
              "type": "https://kintsugi.app/problems/idempotency-key-in-use",
              "title": "Conflict",
              "status": 409,
              "detail": "A request with this Idempotency-Key is still being processed. Retry after it completes.",
              "code": "idempotency-key-in-use",
              "requestId": "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1"
            }""";

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

    // --- Counselor access -------------------------------------------------------------------------------------

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

    public static final String SHARING_DEFAULTS = """
            { "newItemsPrivateByDefault": false }""";

    // --- Trust journal ---
    public static final String JOURNAL_NEW_ENTRY = """
            {
              "kind": "appreciation",
              "text": "You made tea without asking when I came home tired. It felt like being looked after.",
              "writtenOn": "2026-11-24",
              "visibility": "reveal",
              "shareWithCounselor": false
            }""";

    public static final String JOURNAL_NEW_ANSWER = """
            {
              "kind": "reflection",
              "text": "Evenings feel calmer. We talk before bed again instead of scrolling.",
              "visibility": "reveal",
              "answers": "feltBetter"
            }""";

    public static final String JOURNAL_EDIT = """
            {
              "kind": "appreciation",
              "text": "You made tea without asking when I came home tired. I felt looked after, and I noticed.",
              "writtenOn": "2026-11-24"
            }""";

    public static final String JOURNAL_ENTRY_MINE = """
            {
              "id": "0c6f1e2a-8d4b-4a7e-9f3c-5b2d1a0e9c84",
              "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "authorName": "Sam",
              "yours": true,
              "kind": "appreciation",
              "writtenOn": "2026-11-24",
              "text": "You made tea without asking when I came home tired. It felt like being looked after.",
              "visibility": "reveal",
              "shareWithCounselor": false,
              "visibleToPartnerFrom": "2026-11-30T08:00:00Z",
              "editableUntil": "2026-11-25T19:12:00Z",
              "createdAt": "2026-11-24T19:12:00Z",
              "updatedAt": "2026-11-24T19:12:00Z"
            }""";

    public static final String JOURNAL_ENTRY_EDITED = """
            {
              "id": "0c6f1e2a-8d4b-4a7e-9f3c-5b2d1a0e9c84",
              "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "authorName": "Sam",
              "yours": true,
              "kind": "appreciation",
              "writtenOn": "2026-11-24",
              "text": "You made tea without asking when I came home tired. I felt looked after, and I noticed.",
              "visibility": "partner",
              "shareWithCounselor": false,
              "visibleToPartnerFrom": "2026-11-24T19:12:00Z",
              "editableUntil": "2026-11-25T19:12:00Z",
              "createdAt": "2026-11-24T19:12:00Z",
              "updatedAt": "2026-11-24T21:03:00Z",
              "editedAt": "2026-11-24T21:03:00Z"
            }""";

    public static final String JOURNAL_ENTRY_SHARED = """
            {
              "id": "0c6f1e2a-8d4b-4a7e-9f3c-5b2d1a0e9c84",
              "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "authorName": "Sam",
              "yours": true,
              "kind": "appreciation",
              "writtenOn": "2026-11-24",
              "text": "You made tea without asking when I came home tired. It felt like being looked after.",
              "visibility": "partner",
              "shareWithCounselor": true,
              "visibleToPartnerFrom": "2026-11-24T20:30:00Z",
              "editableUntil": "2026-11-25T19:12:00Z",
              "createdAt": "2026-11-24T19:12:00Z",
              "updatedAt": "2026-11-24T19:12:00Z"
            }""";

    public static final String JOURNAL_ENTRY_PARTNERS = """
            {
              "id": "9a3e5c71-2b6d-4f08-8c1a-e4d7b2f6a350",
              "authorId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
              "authorName": "Alex",
              "yours": false,
              "kind": "tinyWin",
              "writtenOn": "2026-11-25",
              "text": "I told you about the email from work the moment it came, without being asked.",
              "createdAt": "2026-11-25T17:45:00Z",
              "acknowledgement": {
                "byId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                "byName": "Sam",
                "reaction": "celebrate",
                "at": "2026-11-25T18:02:00Z"
              }
            }""";

    public static final String JOURNAL_PAGE = """
            {
              "items": [
                {
                  "id": "9a3e5c71-2b6d-4f08-8c1a-e4d7b2f6a350",
                  "authorId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                  "authorName": "Alex",
                  "yours": false,
                  "kind": "tinyWin",
                  "writtenOn": "2026-11-25",
                  "text": "I told you about the email from work the moment it came, without being asked.",
                  "createdAt": "2026-11-25T17:45:00Z"
                },
                {
                  "id": "0c6f1e2a-8d4b-4a7e-9f3c-5b2d1a0e9c84",
                  "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                  "authorName": "Sam",
                  "yours": true,
                  "kind": "appreciation",
                  "writtenOn": "2026-11-24",
                  "text": "You made tea without asking when I came home tired. It felt like being looked after.",
                  "visibility": "reveal",
                  "shareWithCounselor": false,
                  "visibleToPartnerFrom": "2026-11-30T08:00:00Z",
                  "createdAt": "2026-11-24T19:12:00Z",
                  "updatedAt": "2026-11-24T19:12:00Z"
                }
              ],
              "nextCursor": "eyJsaXN0Ijoiam91cm5hbCIsImFmdGVyIjpbIjIwMjYtMTEtMjQiXX0.c2lnbmF0dXJl"
            }""";

    public static final String JOURNAL_REVISIONS = """
            {
              "items": [
                {
                  "kind": "appreciation",
                  "writtenOn": "2026-11-24",
                  "text": "You made tea without asking when I came home tired. It felt like being looked after.",
                  "writtenAt": "2026-11-24T19:12:00Z",
                  "replacedAt": "2026-11-24T21:03:00Z"
                }
              ]
            }""";

    public static final String JOURNAL_COUNTS = """
            {
              "from": "2026-11-23",
              "to": "2026-11-29",
              "total": 9,
              "byKind": {
                "appreciation": 4,
                "somethingHard": 1,
                "connection": 2,
                "tinyWin": 1,
                "setback": 0,
                "reflection": 1
              },
              "byPartner": [
                { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true, "entries": 5 },
                { "partnerId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "name": "Alex", "yours": false, "entries": 4 }
              ]
            }""";

    public static final String JOURNAL_WEEK = """
            {
              "week": "2026-W48",
              "startsOn": "2026-11-23",
              "endsOn": "2026-11-29",
              "endsAt": "2026-11-30T08:00:00Z",
              "revealed": true,
              "reviewed": true,
              "readMarks": [
                { "partnerId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "name": "Alex", "yours": false, "readAt": "2026-11-29T19:40:00Z" },
                { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true, "readAt": "2026-11-29T19:41:00Z" }
              ],
              "participation": [
                { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true, "daysWritten": 1, "entries": 1 },
                { "partnerId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "name": "Alex", "yours": false, "daysWritten": 2, "entries": 2 }
              ],
              "questions": [
                { "key": "feltBetter", "text": "What has felt a little easier between us lately?" },
                { "key": "noticedChange", "text": "What have you seen change in the two of us this week?" }
              ],
              "entries": [
                {
                  "id": "0c6f1e2a-8d4b-4a7e-9f3c-5b2d1a0e9c84",
                  "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                  "authorName": "Sam",
                  "yours": true,
                  "kind": "appreciation",
                  "writtenOn": "2026-11-24",
                  "text": "You made tea without asking when I came home tired. It felt like being looked after.",
                  "visibility": "reveal",
                  "shareWithCounselor": false,
                  "visibleToPartnerFrom": "2026-11-29T19:41:00Z",
                  "createdAt": "2026-11-24T19:12:00Z",
                  "updatedAt": "2026-11-24T19:12:00Z"
                },
                {
                  "id": "9a3e5c71-2b6d-4f08-8c1a-e4d7b2f6a350",
                  "authorId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                  "authorName": "Alex",
                  "yours": false,
                  "kind": "tinyWin",
                  "writtenOn": "2026-11-25",
                  "text": "I told you about the email from work the moment it came, without being asked.",
                  "createdAt": "2026-11-25T17:45:00Z"
                },
                {
                  "id": "4d2b8e6f-1c9a-4e3b-a7d5-0f8c6b2e1a97",
                  "authorId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                  "authorName": "Alex",
                  "yours": false,
                  "kind": "reflection",
                  "writtenOn": "2026-11-29",
                  "text": "Evenings feel calmer. We talk before bed again instead of scrolling.",
                  "answers": "feltBetter",
                  "createdAt": "2026-11-29T19:30:00Z"
                }
              ]
            }""";
}
