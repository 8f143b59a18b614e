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

    // --- Exercise catalogue -----------------------------------------------------------------------------------

    public static final String EXERCISE_PAGE = """
            {
              "items": [
                {
                  "slug": "gratitude-note-exchange",
                  "version": 1,
                  "status": "published",
                  "language": "en",
                  "title": "Gratitude note exchange",
                  "summary": "Each of you writes a short note thanking the other for something specific from the past \
            week, and then you read the notes to each other. Noticing the small things helps them happen again.",
                  "category": "connection",
                  "durationMinutes": 10,
                  "intensity": "gentle",
                  "involvesTouch": false,
                  "cadence": "weekly",
                  "tags": ["writing", "gratitude", "notes", "weekly"]
                },
                {
                  "slug": "grounding-pause",
                  "version": 1,
                  "status": "published",
                  "language": "en",
                  "title": "Grounding pause",
                  "summary": "When distress rises, during closeness or a hard talk, you both stop and breathe slowly \
            or sit quietly together until your bodies settle. Either of you can call for it at any time.",
                  "category": "grounding",
                  "durationMinutes": 5,
                  "intensity": "gentle",
                  "involvesTouch": false,
                  "cadence": "asNeeded",
                  "tags": ["breathing", "calm", "as-needed", "silence"]
                },
                {
                  "slug": "nighttime-check-in",
                  "version": 1,
                  "status": "published",
                  "language": "en",
                  "title": "Ten-minute nighttime check-in",
                  "summary": "A short check-in before bed where each of you says how your day went and how you are \
            feeling. It keeps you in touch with each other on ordinary days, not only on hard ones.",
                  "category": "communication",
                  "durationMinutes": 10,
                  "intensity": "gentle",
                  "involvesTouch": false,
                  "cadence": "daily",
                  "tags": ["evening", "daily", "check-in", "listening"]
                },
                {
                  "slug": "trust-me-jar",
                  "version": 1,
                  "status": "published",
                  "language": "en",
                  "title": "The \\"Trust me\\" jar",
                  "summary": "Fill a jar with slips of paper, each naming a small act that builds trust, and draw one \
            each day. Small acts done again and again are how trust grows back.",
                  "category": "accountability",
                  "durationMinutes": 5,
                  "intensity": "gentle",
                  "involvesTouch": false,
                  "cadence": "daily",
                  "tags": ["daily", "small-acts", "jar", "habits"]
                }
              ]
            }""";

    public static final String EXERCISE_DRAFT = """
            {
              "slug": "safe-space-check-in-short",
              "title": "Safe-space check-in",
              "summary": "A weekly appointment where each of you gets five minutes, on a timer, to say how you are \
            feeling while the other simply listens. Nobody interrupts, corrects or judges.",
              "category": "communication",
              "steps": [
                "Choose a regular time each week and protect it, somewhere quiet where you will not be disturbed.",
                "Put phones aside and set a timer for five minutes.",
                "Partner A talks about how they are feeling right now; Partner B listens without interrupting, \
            commenting or trying to fix anything.",
                "Reset the timer and swap: Partner B talks and Partner A listens in the same way.",
                "Close by thanking each other for listening. Keep any discussion of what was said for another time, \
            and only if you both want it."
              ],
              "durationMinutes": 15,
              "turnPlan": [
                {
                  "lead": "together",
                  "mode": "breathing",
                  "seconds": 60,
                  "cue": "Settle in together with a few slow breaths before the timer starts."
                },
                {
                  "lead": "partnerA",
                  "mode": "speaking",
                  "seconds": 300,
                  "cue": "Partner A: say how you are feeling this week. Partner B: listen without interrupting."
                },
                {
                  "lead": "partnerB",
                  "mode": "speaking",
                  "seconds": 300,
                  "cue": "Partner B: say how you are feeling this week. Partner A: listen without interrupting."
                },
                {
                  "lead": "together",
                  "mode": "reflecting",
                  "seconds": 60,
                  "cue": "Thank each other for listening. There is no need to answer or discuss what was said."
                }
              ],
              "cadence": "weekly",
              "intensity": "gentle",
              "involvesTouch": false,
              "reflectionPrompts": [
                "What was it like to be listened to without being interrupted?",
                "What did you notice in yourself while you were the one listening?",
                "What would help you feel at ease at next week's check-in?"
              ],
              "safetyNotes": [
                "Either of you may pause or stop at any moment, without giving a reason.",
                "If feelings run high, take a grounding pause and come back to the check-in another day."
              ],
              "tags": ["weekly", "timer", "listening", "check-in"]
            }""";

    public static final String EXERCISE_EDIT = """
            {
              "title": "Safe-space check-in",
              "summary": "A weekly appointment where each of you gets five minutes, on a timer, to say how you are \
            feeling while the other simply listens. Nobody interrupts, corrects or judges.",
              "category": "communication",
              "steps": [
                "Choose a regular time each week and protect it, somewhere quiet where you will not be disturbed.",
                "Put phones aside and set a timer for five minutes.",
                "Partner A talks about how they are feeling right now; Partner B listens without interrupting, \
            commenting or trying to fix anything.",
                "Reset the timer and swap: Partner B talks and Partner A listens in the same way.",
                "Close by thanking each other for listening. Keep any discussion of what was said for another time, \
            and only if you both want it."
              ],
              "durationMinutes": 15,
              "turnPlan": [
                {
                  "lead": "together",
                  "mode": "breathing",
                  "seconds": 60,
                  "cue": "Settle in together with a few slow breaths before the timer starts."
                },
                {
                  "lead": "partnerA",
                  "mode": "speaking",
                  "seconds": 300,
                  "cue": "Partner A: say how you are feeling this week. Partner B: listen without interrupting."
                },
                {
                  "lead": "partnerB",
                  "mode": "speaking",
                  "seconds": 300,
                  "cue": "Partner B: say how you are feeling this week. Partner A: listen without interrupting."
                },
                {
                  "lead": "together",
                  "mode": "reflecting",
                  "seconds": 60,
                  "cue": "Thank each other for listening. There is no need to answer or discuss what was said."
                }
              ],
              "cadence": "weekly",
              "intensity": "gentle",
              "involvesTouch": false,
              "reflectionPrompts": [
                "What was it like to be listened to without being interrupted?",
                "What did you notice in yourself while you were the one listening?",
                "What would help you feel at ease at next week's check-in?"
              ],
              "safetyNotes": [
                "Either of you may pause or stop at any moment, without giving a reason.",
                "If feelings run high, take a grounding pause and come back to the check-in another day."
              ],
              "tags": ["weekly", "timer", "listening", "check-in"]
            }""";

    public static final String EXERCISE_DRAFT_VIEW = """
            {
              "slug": "safe-space-check-in-short",
              "version": 1,
              "currentVersion": 1,
              "status": "draft",
              "language": "en",
              "title": "Safe-space check-in",
              "summary": "A weekly appointment where each of you gets five minutes, on a timer, to say how you are \
            feeling while the other simply listens. Nobody interrupts, corrects or judges.",
              "category": "communication",
              "steps": [
                "Choose a regular time each week and protect it, somewhere quiet where you will not be disturbed.",
                "Put phones aside and set a timer for five minutes.",
                "Partner A talks about how they are feeling right now; Partner B listens without interrupting, \
            commenting or trying to fix anything.",
                "Reset the timer and swap: Partner B talks and Partner A listens in the same way.",
                "Close by thanking each other for listening. Keep any discussion of what was said for another time, \
            and only if you both want it."
              ],
              "durationMinutes": 15,
              "turnPlan": [
                {
                  "lead": "together",
                  "mode": "breathing",
                  "seconds": 60,
                  "cue": "Settle in together with a few slow breaths before the timer starts."
                },
                {
                  "lead": "partnerA",
                  "mode": "speaking",
                  "seconds": 300,
                  "cue": "Partner A: say how you are feeling this week. Partner B: listen without interrupting."
                },
                {
                  "lead": "partnerB",
                  "mode": "speaking",
                  "seconds": 300,
                  "cue": "Partner B: say how you are feeling this week. Partner A: listen without interrupting."
                },
                {
                  "lead": "together",
                  "mode": "reflecting",
                  "seconds": 60,
                  "cue": "Thank each other for listening. There is no need to answer or discuss what was said."
                }
              ],
              "cadence": "weekly",
              "intensity": "gentle",
              "involvesTouch": false,
              "reflectionPrompts": [
                "What was it like to be listened to without being interrupted?",
                "What did you notice in yourself while you were the one listening?",
                "What would help you feel at ease at next week's check-in?"
              ],
              "safetyNotes": [
                "Either of you may pause or stop at any moment, without giving a reason.",
                "If feelings run high, take a grounding pause and come back to the check-in another day."
              ],
              "tags": ["weekly", "timer", "listening", "check-in"],
              "versionCreatedAt": "2026-11-22T11:05:00Z"
            }""";

    public static final String EXERCISE = """
            {
              "slug": "safe-space-check-in",
              "version": 1,
              "currentVersion": 1,
              "status": "published",
              "language": "en",
              "title": "Safe-space check-in",
              "summary": "A weekly appointment where each of you gets five minutes, on a timer, to say how you are \
            feeling while the other simply listens. Nobody interrupts, corrects or judges.",
              "category": "communication",
              "steps": [
                "Choose a regular time each week and protect it, somewhere quiet where you will not be disturbed.",
                "Put phones aside and set a timer for five minutes.",
                "Partner A talks about how they are feeling right now; Partner B listens without interrupting, \
            commenting or trying to fix anything.",
                "Reset the timer and swap: Partner B talks and Partner A listens in the same way.",
                "Close by thanking each other for listening. Keep any discussion of what was said for another time, \
            and only if you both want it."
              ],
              "durationMinutes": 15,
              "turnPlan": [
                {
                  "lead": "together",
                  "mode": "breathing",
                  "seconds": 60,
                  "cue": "Settle in together with a few slow breaths before the timer starts."
                },
                {
                  "lead": "partnerA",
                  "mode": "speaking",
                  "seconds": 300,
                  "cue": "Partner A: say how you are feeling this week. Partner B: listen without interrupting."
                },
                {
                  "lead": "partnerB",
                  "mode": "speaking",
                  "seconds": 300,
                  "cue": "Partner B: say how you are feeling this week. Partner A: listen without interrupting."
                },
                {
                  "lead": "together",
                  "mode": "reflecting",
                  "seconds": 60,
                  "cue": "Thank each other for listening. There is no need to answer or discuss what was said."
                }
              ],
              "cadence": "weekly",
              "intensity": "gentle",
              "involvesTouch": false,
              "reflectionPrompts": [
                "What was it like to be listened to without being interrupted?",
                "What did you notice in yourself while you were the one listening?"
              ],
              "safetyNotes": [
                "Either of you may pause or stop at any moment, without giving a reason.",
                "If feelings run high, take a grounding pause and come back to the check-in another day."
              ],
              "tags": ["weekly", "timer", "listening", "check-in"],
              "versionCreatedAt": "2026-11-22T00:00:00Z",
              "publishedAt": "2026-11-22T00:00:00Z"
            }""";

    public static final String EXERCISE_V2 = """
            {
              "slug": "safe-space-check-in",
              "version": 2,
              "currentVersion": 2,
              "status": "published",
              "language": "en",
              "title": "Safe-space check-in",
              "summary": "A weekly appointment where each of you gets five minutes, on a timer, to say how you are \
            feeling while the other simply listens. Nobody interrupts, corrects or judges.",
              "category": "communication",
              "steps": [
                "Choose a regular time each week and protect it, somewhere quiet where you will not be disturbed.",
                "Put phones aside and set a timer for five minutes.",
                "Partner A talks about how they are feeling right now; Partner B listens without interrupting, \
            commenting or trying to fix anything.",
                "Reset the timer and swap: Partner B talks and Partner A listens in the same way.",
                "Close by thanking each other for listening. Keep any discussion of what was said for another time, \
            and only if you both want it."
              ],
              "durationMinutes": 15,
              "turnPlan": [
                {
                  "lead": "together",
                  "mode": "breathing",
                  "seconds": 60,
                  "cue": "Settle in together with a few slow breaths before the timer starts."
                },
                {
                  "lead": "partnerA",
                  "mode": "speaking",
                  "seconds": 300,
                  "cue": "Partner A: say how you are feeling this week. Partner B: listen without interrupting."
                },
                {
                  "lead": "partnerB",
                  "mode": "speaking",
                  "seconds": 300,
                  "cue": "Partner B: say how you are feeling this week. Partner A: listen without interrupting."
                },
                {
                  "lead": "together",
                  "mode": "reflecting",
                  "seconds": 60,
                  "cue": "Thank each other for listening. There is no need to answer or discuss what was said."
                }
              ],
              "cadence": "weekly",
              "intensity": "gentle",
              "involvesTouch": false,
              "reflectionPrompts": [
                "What was it like to be listened to without being interrupted?",
                "What did you notice in yourself while you were the one listening?",
                "What would help you feel at ease at next week's check-in?"
              ],
              "safetyNotes": [
                "Either of you may pause or stop at any moment, without giving a reason.",
                "If feelings run high, take a grounding pause and come back to the check-in another day."
              ],
              "tags": ["weekly", "timer", "listening", "check-in"],
              "versionCreatedAt": "2026-11-30T10:15:00Z",
              "publishedAt": "2026-11-22T00:00:00Z"
            }""";

    public static final String VERSION_PAGE = """
            {
              "items": [
                {
                  "version": 2,
                  "title": "Safe-space check-in",
                  "createdAt": "2026-11-30T10:15:00Z",
                  "current": true
                },
                {
                  "version": 1,
                  "title": "Safe-space check-in",
                  "createdAt": "2026-11-22T00:00:00Z",
                  "current": false
                }
              ]
            }""";

    public static final String PROMPT_SET_PAGE = """
            {
              "items": [
                {
                  "slug": "five-questions",
                  "language": "en",
                  "title": "Five questions to ask each other",
                  "description": "Five questions to take turns answering, slowly and one at a time. There are no \
            right answers; listen to understand, not to reply.",
                  "prompts": [
                    "When you start to feel unsafe with me, what do you need most?",
                    "What does a person do that lets you trust them?",
                    "Can you remember a time when I truly saw you? What was happening?",
                    "Which boundary between us deserves more care from both of us?",
                    "What would rebuilding look like on an ordinary day, in small things?"
                  ]
                },
                {
                  "slug": "conversation-starters",
                  "language": "en",
                  "title": "Conversation starters",
                  "description": "Gentle ways to open a conversation when you are not sure how to begin. Either of \
            you can use them, and either of you can say not right now.",
                  "prompts": [
                    "May I tell you something that feels tender for me?",
                    "Is there anything I could do today that would help you feel safer with me?",
                    "Honestly, how do you feel we are doing?",
                    "What is something small from this week that you would like to tell me about?",
                    "Is there something on your mind you would like more room to talk about?"
                  ]
                }
              ],
              "nextCursor": "eyJsaXN0IjoicHJvbXB0LXNldHMiLCJhZnRlciI6WyIyIl19.mAOb-hd79sWds8q10f9cpaKP"
            }""";

    public static final String PROMPT_SET = """
            {
              "slug": "five-questions",
              "language": "en",
              "title": "Five questions to ask each other",
              "description": "Five questions to take turns answering, slowly and one at a time. There are no right \
            answers; listen to understand, not to reply.",
              "prompts": [
                "When you start to feel unsafe with me, what do you need most?",
                "What does a person do that lets you trust them?",
                "Can you remember a time when I truly saw you? What was happening?",
                "Which boundary between us deserves more care from both of us?",
                "What would rebuilding look like on an ordinary day, in small things?"
              ]
            }""";

    // --- Practice ---------------------------------------------------------------------------------------------

    public static final String NEW_RUN = """
            { "exercise": "safe-space-check-in", "days": 7, "startsOn": "2026-11-23" }""";

    public static final String NEW_RUN_REPLACING = """
            { "exercise": "i-miss-this-ritual", "days": 7, "endCurrent": true }""";

    public static final String RUN = """
            {
              "id": "4c1e8b2a-7d3f-4a9e-b6c5-2f8d1e0a9b73",
              "exercise": {
                "slug": "safe-space-check-in",
                "version": 1,
                "title": "Safe-space check-in",
                "category": "communication",
                "intensity": "gentle",
                "involvesTouch": false,
                "durationMinutes": 15
              },
              "status": "active",
              "assigned": false,
              "startsOn": "2026-11-23",
              "endsOn": "2026-11-29",
              "days": 7,
              "sessionsCompleted": 0,
              "createdAt": "2026-11-22T10:20:00Z",
              "updatedAt": "2026-11-22T10:20:00Z"
            }""";

    public static final String RUN_PAGE = """
            {
              "items": [
                {
                  "id": "4c1e8b2a-7d3f-4a9e-b6c5-2f8d1e0a9b73",
                  "exercise": {
                    "slug": "safe-space-check-in",
                    "version": 1,
                    "title": "Safe-space check-in",
                    "category": "communication",
                    "intensity": "gentle",
                    "involvesTouch": false,
                    "durationMinutes": 15
                  },
                  "status": "active",
                  "assigned": false,
                  "startsOn": "2026-11-23",
                  "endsOn": "2026-11-29",
                  "days": 7,
                  "dayOfRun": 2,
                  "sessionsCompleted": 1,
                  "createdAt": "2026-11-22T10:20:00Z",
                  "updatedAt": "2026-11-22T10:20:00Z"
                }
              ]
            }""";

    public static final String RUN_PAUSED = """
            {
              "id": "4c1e8b2a-7d3f-4a9e-b6c5-2f8d1e0a9b73",
              "exercise": {
                "slug": "safe-space-check-in",
                "version": 1,
                "title": "Safe-space check-in",
                "category": "communication",
                "intensity": "gentle",
                "involvesTouch": false,
                "durationMinutes": 15
              },
              "status": "paused",
              "assigned": false,
              "startsOn": "2026-11-23",
              "endsOn": "2026-11-29",
              "days": 7,
              "dayOfRun": 3,
              "sessionsCompleted": 1,
              "createdAt": "2026-11-22T10:20:00Z",
              "updatedAt": "2026-11-25T08:10:00Z"
            }""";

    public static final String NEW_SESSION_OF_RUN = """
            { "runId": "4c1e8b2a-7d3f-4a9e-b6c5-2f8d1e0a9b73" }""";

    public static final String NEW_SESSION = """
            { "exercise": "safe-space-check-in", "firstLead": "partner" }""";

    public static final String SESSION_RUNNING = """
            {
              "id": "8e2d4f6a-1c3b-4d5e-9f7a-6b8c0d2e4f15",
              "runId": "4c1e8b2a-7d3f-4a9e-b6c5-2f8d1e0a9b73",
              "exercise": {
                "slug": "safe-space-check-in",
                "version": 1,
                "title": "Safe-space check-in",
                "category": "communication",
                "intensity": "gentle",
                "involvesTouch": false,
                "durationMinutes": 15
              },
              "status": "running",
              "startedAt": "2026-11-23T19:30:00Z",
              "plannedSeconds": 720,
              "activeSeconds": 150,
              "pausedSeconds": 0,
              "pauseCount": 0,
              "currentTurn": 1,
              "projected": false,
              "schedule": [
                {
                  "index": 0,
                  "together": true,
                  "mode": "breathing",
                  "seconds": 60,
                  "cue": "Settle in together with a few slow breaths before the timer starts.",
                  "startsAt": "2026-11-23T19:30:00Z",
                  "endsAt": "2026-11-23T19:31:00Z",
                  "state": "done"
                },
                {
                  "index": 1,
                  "leadProfileId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                  "together": false,
                  "mode": "speaking",
                  "seconds": 300,
                  "cue": "Partner A: say how you are feeling this week. Partner B: listen without interrupting.",
                  "startsAt": "2026-11-23T19:31:00Z",
                  "endsAt": "2026-11-23T19:36:00Z",
                  "state": "current"
                },
                {
                  "index": 2,
                  "leadProfileId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                  "together": false,
                  "mode": "speaking",
                  "seconds": 300,
                  "cue": "Partner B: say how you are feeling this week. Partner A: listen without interrupting.",
                  "startsAt": "2026-11-23T19:36:00Z",
                  "endsAt": "2026-11-23T19:41:00Z",
                  "state": "upcoming"
                },
                {
                  "index": 3,
                  "together": true,
                  "mode": "reflecting",
                  "seconds": 60,
                  "cue": "Thank each other for listening. There is no need to answer or discuss what was said.",
                  "startsAt": "2026-11-23T19:41:00Z",
                  "endsAt": "2026-11-23T19:42:00Z",
                  "state": "upcoming"
                }
              ]
            }""";

    public static final String SESSION_PAGE = """
            {
              "items": [
                {
                  "id": "8e2d4f6a-1c3b-4d5e-9f7a-6b8c0d2e4f15",
                  "runId": "4c1e8b2a-7d3f-4a9e-b6c5-2f8d1e0a9b73",
                  "exercise": {
                    "slug": "safe-space-check-in",
                    "version": 1,
                    "title": "Safe-space check-in",
                    "category": "communication",
                    "intensity": "gentle",
                    "involvesTouch": false,
                    "durationMinutes": 15
                  },
                  "status": "completed",
                  "startedAt": "2026-11-23T19:30:00Z",
                  "endedAt": "2026-11-23T19:44:30Z",
                  "plannedSeconds": 720,
                  "activeSeconds": 750,
                  "pausedSeconds": 120,
                  "pauseCount": 1,
                  "projected": false,
                  "schedule": [
                    {
                      "index": 0,
                      "together": true,
                      "mode": "breathing",
                      "seconds": 60,
                      "cue": "Settle in together with a few slow breaths before the timer starts.",
                      "startsAt": "2026-11-23T19:30:00Z",
                      "endsAt": "2026-11-23T19:31:00Z",
                      "state": "done",
                      "actualSeconds": 60
                    },
                    {
                      "index": 1,
                      "leadProfileId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                      "together": false,
                      "mode": "speaking",
                      "seconds": 300,
                      "cue": "Partner A: say how you are feeling this week. Partner B: listen without interrupting.",
                      "startsAt": "2026-11-23T19:31:00Z",
                      "endsAt": "2026-11-23T19:36:00Z",
                      "state": "done",
                      "actualSeconds": 300
                    },
                    {
                      "index": 2,
                      "leadProfileId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                      "together": false,
                      "mode": "speaking",
                      "seconds": 300,
                      "cue": "Partner B: say how you are feeling this week. Partner A: listen without interrupting.",
                      "startsAt": "2026-11-23T19:38:00Z",
                      "endsAt": "2026-11-23T19:43:00Z",
                      "state": "done",
                      "actualSeconds": 300
                    },
                    {
                      "index": 3,
                      "together": true,
                      "mode": "reflecting",
                      "seconds": 60,
                      "cue": "Thank each other for listening. There is no need to answer or discuss what was said.",
                      "startsAt": "2026-11-23T19:43:00Z",
                      "endsAt": "2026-11-23T19:44:00Z",
                      "state": "done",
                      "actualSeconds": 90
                    }
                  ]
                }
              ]
            }""";

    public static final String SESSION_COMPLETED = """
            {
              "id": "8e2d4f6a-1c3b-4d5e-9f7a-6b8c0d2e4f15",
              "runId": "4c1e8b2a-7d3f-4a9e-b6c5-2f8d1e0a9b73",
              "exercise": {
                "slug": "safe-space-check-in",
                "version": 1,
                "title": "Safe-space check-in",
                "category": "communication",
                "intensity": "gentle",
                "involvesTouch": false,
                "durationMinutes": 15
              },
              "status": "completed",
              "startedAt": "2026-11-23T19:30:00Z",
              "endedAt": "2026-11-23T19:44:30Z",
              "plannedSeconds": 720,
              "activeSeconds": 750,
              "pausedSeconds": 120,
              "pauseCount": 1,
              "projected": false,
              "schedule": [
                {
                  "index": 0,
                  "together": true,
                  "mode": "breathing",
                  "seconds": 60,
                  "cue": "Settle in together with a few slow breaths before the timer starts.",
                  "startsAt": "2026-11-23T19:30:00Z",
                  "endsAt": "2026-11-23T19:31:00Z",
                  "state": "done",
                  "actualSeconds": 60
                },
                {
                  "index": 1,
                  "leadProfileId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                  "together": false,
                  "mode": "speaking",
                  "seconds": 300,
                  "cue": "Partner A: say how you are feeling this week. Partner B: listen without interrupting.",
                  "startsAt": "2026-11-23T19:31:00Z",
                  "endsAt": "2026-11-23T19:36:00Z",
                  "state": "done",
                  "actualSeconds": 300
                },
                {
                  "index": 2,
                  "leadProfileId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                  "together": false,
                  "mode": "speaking",
                  "seconds": 300,
                  "cue": "Partner B: say how you are feeling this week. Partner A: listen without interrupting.",
                  "startsAt": "2026-11-23T19:38:00Z",
                  "endsAt": "2026-11-23T19:43:00Z",
                  "state": "done",
                  "actualSeconds": 300
                },
                {
                  "index": 3,
                  "together": true,
                  "mode": "reflecting",
                  "seconds": 60,
                  "cue": "Thank each other for listening. There is no need to answer or discuss what was said.",
                  "startsAt": "2026-11-23T19:43:00Z",
                  "endsAt": "2026-11-23T19:44:00Z",
                  "state": "done",
                  "actualSeconds": 90
                }
              ]
            }""";

    public static final String SESSION_PAUSED = """
            {
              "id": "8e2d4f6a-1c3b-4d5e-9f7a-6b8c0d2e4f15",
              "runId": "4c1e8b2a-7d3f-4a9e-b6c5-2f8d1e0a9b73",
              "exercise": {
                "slug": "safe-space-check-in",
                "version": 1,
                "title": "Safe-space check-in",
                "category": "communication",
                "intensity": "gentle",
                "involvesTouch": false,
                "durationMinutes": 15
              },
              "status": "paused",
              "startedAt": "2026-11-23T19:30:00Z",
              "plannedSeconds": 720,
              "activeSeconds": 360,
              "pausedSeconds": 120,
              "pauseCount": 1,
              "projected": true,
              "schedule": [
                {
                  "index": 0,
                  "together": true,
                  "mode": "breathing",
                  "seconds": 60,
                  "cue": "Settle in together with a few slow breaths before the timer starts.",
                  "startsAt": "2026-11-23T19:30:00Z",
                  "endsAt": "2026-11-23T19:31:00Z",
                  "state": "done"
                },
                {
                  "index": 1,
                  "leadProfileId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                  "together": false,
                  "mode": "speaking",
                  "seconds": 300,
                  "cue": "Partner A: say how you are feeling this week. Partner B: listen without interrupting.",
                  "startsAt": "2026-11-23T19:31:00Z",
                  "endsAt": "2026-11-23T19:36:00Z",
                  "state": "done"
                },
                {
                  "index": 2,
                  "leadProfileId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                  "together": false,
                  "mode": "speaking",
                  "seconds": 300,
                  "cue": "Partner B: say how you are feeling this week. Partner A: listen without interrupting.",
                  "startsAt": "2026-11-23T19:38:00Z",
                  "endsAt": "2026-11-23T19:43:00Z",
                  "state": "current"
                },
                {
                  "index": 3,
                  "together": true,
                  "mode": "reflecting",
                  "seconds": 60,
                  "cue": "Thank each other for listening. There is no need to answer or discuss what was said.",
                  "startsAt": "2026-11-23T19:43:00Z",
                  "endsAt": "2026-11-23T19:44:00Z",
                  "state": "upcoming"
                }
              ]
            }""";

    public static final String SESSION_COMPLETE = """
            { "status": "completed", "actualTurnSeconds": [60, 300, 300, 90] }""";

    public static final String FEEDBACK_INPUT = """
            {
              "feltSafe": 4,
              "feltClose": 4,
              "tooMuch": false,
              "note": "Staying quiet while Alex spoke was hard at first, but being heard felt good.",
              "shareWithPartner": false
            }""";

    public static final String FEEDBACK_INPUT_SHARED = """
            {
              "feltSafe": 5,
              "feltClose": 4,
              "tooMuch": false,
              "note": "Thank you for letting me finish. I felt listened to.",
              "shareWithPartner": true
            }""";

    public static final String FEEDBACK = """
            {
              "id": "f3a1c5e7-9b2d-4f6a-8c0e-1d3b5f7a9c24",
              "sessionId": "8e2d4f6a-1c3b-4d5e-9f7a-6b8c0d2e4f15",
              "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "authorName": "Sam",
              "yours": true,
              "feltSafe": 4,
              "feltClose": 4,
              "tooMuch": false,
              "note": "Staying quiet while Alex spoke was hard at first, but being heard felt good.",
              "sharedWithPartner": false,
              "sharedWithCounselor": false,
              "createdAt": "2026-11-23T19:51:12Z",
              "updatedAt": "2026-11-23T19:51:12Z"
            }""";

    public static final String FEEDBACK_PAGE = """
            {
              "items": [
                {
                  "id": "f3a1c5e7-9b2d-4f6a-8c0e-1d3b5f7a9c24",
                  "sessionId": "8e2d4f6a-1c3b-4d5e-9f7a-6b8c0d2e4f15",
                  "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                  "authorName": "Sam",
                  "yours": true,
                  "feltSafe": 4,
                  "feltClose": 4,
                  "tooMuch": false,
                  "note": "Staying quiet while Alex spoke was hard at first, but being heard felt good.",
                  "sharedWithPartner": false,
                  "sharedWithCounselor": false,
                  "createdAt": "2026-11-23T19:51:12Z",
                  "updatedAt": "2026-11-23T19:51:12Z"
                },
                {
                  "id": "2b4d6f8a-0c1e-4a3b-9d5f-7e9a1c3b5d68",
                  "sessionId": "8e2d4f6a-1c3b-4d5e-9f7a-6b8c0d2e4f15",
                  "authorId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                  "authorName": "Alex",
                  "yours": false,
                  "feltSafe": 5,
                  "feltClose": 4,
                  "tooMuch": false,
                  "note": "Thank you for letting me finish. I felt listened to.",
                  "sharedWithPartner": true,
                  "sharedWithCounselor": false,
                  "createdAt": "2026-11-23T19:48:40Z",
                  "updatedAt": "2026-11-23T19:48:40Z"
                }
              ]
            }""";

    public static final String PREFERENCES = """
            { "touchExercises": true, "touchExercisesOpen": true }""";

    public static final String RECOMMENDATIONS = """
            {
              "pace": "gentle",
              "paceReason": "startingOut",
              "touchExercisesOpen": true,
              "recentWindowDays": 14,
              "items": [
                {
                  "exercise": {
                    "slug": "grounding-pause",
                    "version": 1,
                    "status": "published",
                    "language": "en",
                    "title": "Grounding pause",
                    "summary": "When distress rises, during closeness or a hard talk, you both stop and breathe \
            slowly or sit quietly together until your bodies settle. Either of you can call for it at any time.",
                    "category": "grounding",
                    "durationMinutes": 5,
                    "intensity": "gentle",
                    "involvesTouch": false,
                    "cadence": "asNeeded",
                    "tags": ["breathing", "calm", "as-needed", "silence"]
                  },
                  "reasons": ["newToYou", "matchesPace"]
                },
                {
                  "exercise": {
                    "slug": "trust-me-jar",
                    "version": 1,
                    "status": "published",
                    "language": "en",
                    "title": "The \\"Trust me\\" jar",
                    "summary": "Fill a jar with slips of paper, each naming a small act that builds trust, and draw \
            one each day. Small acts done again and again are how trust grows back.",
                    "category": "accountability",
                    "durationMinutes": 5,
                    "intensity": "gentle",
                    "involvesTouch": false,
                    "cadence": "daily",
                    "tags": ["daily", "small-acts", "jar", "habits"]
                  },
                  "reasons": ["newToYou", "matchesPace"]
                }
              ]
            }""";

    // --- Repair letters ---
    public static final String LETTER_DRAFT = """
            {
              "title": "About the messages I hid",
              "body": "I know the hiding hurt you more than the messages did. You were right to feel shut out. From now on I will tell you when something worries me instead of keeping it from you."
            }""";

    public static final String LETTER = """
            {
              "id": "5a7c2e91-3b4d-4f6a-8e1c-9d0b2a4c6e83",
              "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "authorName": "Sam",
              "yours": true,
              "status": "draft",
              "title": "About the messages I hid",
              "body": "I know the hiding hurt you more than the messages did. You were right to feel shut out. From now on I will tell you when something worries me instead of keeping it from you.",
              "createdAt": "2026-11-24T20:05:00Z",
              "updatedAt": "2026-11-24T20:05:00Z"
            }""";

    public static final String LETTER_SHARED = """
            {
              "id": "5a7c2e91-3b4d-4f6a-8e1c-9d0b2a4c6e83",
              "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "authorName": "Sam",
              "yours": false,
              "status": "shared",
              "title": "About the messages I hid",
              "body": "I know the hiding hurt you more than the messages did. You were right to feel shut out. From now on I will tell you when something worries me instead of keeping it from you.",
              "createdAt": "2026-11-24T20:05:00Z",
              "updatedAt": "2026-11-25T18:40:00Z",
              "sharedAt": "2026-11-25T18:40:00Z"
            }""";

    public static final String LETTER_READ_ALOUD = """
            {
              "id": "5a7c2e91-3b4d-4f6a-8e1c-9d0b2a4c6e83",
              "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "authorName": "Sam",
              "yours": false,
              "status": "shared",
              "title": "About the messages I hid",
              "body": "I know the hiding hurt you more than the messages did. You were right to feel shut out. From now on I will tell you when something worries me instead of keeping it from you.",
              "createdAt": "2026-11-24T20:05:00Z",
              "updatedAt": "2026-11-25T18:40:00Z",
              "sharedAt": "2026-11-25T18:40:00Z",
              "readAloudAt": "2026-11-26T19:30:00Z"
            }""";

    public static final String LETTER_PAGE = """
            {
              "items": [
                {
                  "id": "e3b8d1f0-6a2c-4c9e-b7d5-1f4a8c2e6b90",
                  "authorId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                  "authorName": "Alex",
                  "yours": true,
                  "status": "draft",
                  "body": "What I want you to know is that I noticed how hard you tried this week.",
                  "createdAt": "2026-11-27T21:10:00Z",
                  "updatedAt": "2026-11-27T21:10:00Z"
                },
                {
                  "id": "5a7c2e91-3b4d-4f6a-8e1c-9d0b2a4c6e83",
                  "authorId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                  "authorName": "Sam",
                  "yours": false,
                  "status": "shared",
                  "title": "About the messages I hid",
                  "body": "I know the hiding hurt you more than the messages did. You were right to feel shut out. From now on I will tell you when something worries me instead of keeping it from you.",
                  "createdAt": "2026-11-24T20:05:00Z",
                  "updatedAt": "2026-11-25T18:40:00Z",
                  "sharedAt": "2026-11-25T18:40:00Z",
                  "readAloudAt": "2026-11-26T19:30:00Z"
                }
              ]
            }""";

}
