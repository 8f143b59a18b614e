package app.kintsugi.rights;

import java.util.List;
import java.util.Map;

import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.openapi.ProblemCatalog.Example;
import app.kintsugi.platform.openapi.ProblemCatalog.Spec;

/**
 * The OpenAPI examples and named problem responses of export and erasure. Problem examples take code and detail from
 * the constants the services throw.
 */
public final class DataRightsContract {

    public static final String EXPORT_NOT_FOUND = "ExportNotFound";
    public static final String EXPORT_NOT_READY = "ExportNotReady";
    public static final String EXPORT_EXPIRED = "ExportExpired";
    public static final String INVALID_ERASURE = "InvalidErasure";

    private DataRightsContract() {
    }

    /** Registers the data rights' named problem responses; called once by {@link ProblemCatalog}. */
    public static void problems(Map<String, Spec> specs) {
        specs.put(EXPORT_NOT_FOUND, new Spec(404, "The caller has no export with this id; another person's exports "
                + "answer exactly this.",
                List.of(Example.of("notFound", "not-found", "You have no export with this id."))));
        specs.put(EXPORT_NOT_READY, new Spec(409, "The export cannot be downloaded yet, or could not be prepared.",
                List.of(Example.of("notReady", DataRightsProblem.EXPORT_NOT_READY),
                        Example.of("failed", DataRightsProblem.EXPORT_FAILED))));
        specs.put(EXPORT_EXPIRED, new Spec(410, "The download period ended and the file was deleted.",
                List.of(Example.of("expired", DataRightsProblem.EXPORT_EXPIRED))));
        specs.put(INVALID_ERASURE, new Spec(422, "The confirmation is missing or not the exact words.",
                List.of(Example.field("confirm", "/confirm", "confirmation-required",
                        "To erase your account, send confirm with exactly the words: erase my account."))));
    }

    // --- Examples ---

    public static final String EXPORT_PENDING = """
            {
              "id": "5d2c8e1a-7b3f-4a9e-8c6d-1f0e2a3b4c5d",
              "status": "pending",
              "requestedAt": "2026-11-23T19:04:00Z"
            }""";

    public static final String EXPORT_READY = """
            {
              "id": "5d2c8e1a-7b3f-4a9e-8c6d-1f0e2a3b4c5d",
              "status": "ready",
              "requestedAt": "2026-11-23T19:04:00Z",
              "readyAt": "2026-11-23T19:04:02Z",
              "expiresAt": "2026-11-30T19:04:02Z",
              "download": "/v1/my-exports/5d2c8e1a-7b3f-4a9e-8c6d-1f0e2a3b4c5d/download"
            }""";

    public static final String EXPORT_PAGE = """
            {
              "items": [
                {
                  "id": "5d2c8e1a-7b3f-4a9e-8c6d-1f0e2a3b4c5d",
                  "status": "ready",
                  "requestedAt": "2026-11-23T19:04:00Z",
                  "readyAt": "2026-11-23T19:04:02Z",
                  "expiresAt": "2026-11-30T19:04:02Z",
                  "download": "/v1/my-exports/5d2c8e1a-7b3f-4a9e-8c6d-1f0e2a3b4c5d/download"
                },
                {
                  "id": "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d",
                  "status": "expired",
                  "requestedAt": "2026-10-02T08:00:00Z",
                  "readyAt": "2026-10-02T08:00:03Z",
                  "expiresAt": "2026-10-09T08:00:03Z"
                }
              ]
            }""";

    public static final String EXPORT_DOCUMENT = """
            {
              "manifest": {
                "format": "kintsugi-personal-data",
                "formatVersion": 1,
                "exportId": "5d2c8e1a-7b3f-4a9e-8c6d-1f0e2a3b4c5d",
                "personId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                "generatedAt": "2026-11-23T19:04:02Z",
                "counts": {
                  "profile": 1,
                  "couples": 1,
                  "invitations": 0,
                  "calendarFeeds": 0,
                  "counselorConsents": 0,
                  "counselorReads": 0,
                  "counselorLinks": 0,
                  "counselorGrants": 0,
                  "agreementVersions": 0,
                  "agreementConcerns": 0,
                  "commitments": 0,
                  "commitmentChecks": 0,
                  "conversationNotes": 0,
                  "sessionFeedback": 0,
                  "jarSlips": 0,
                  "jarDraws": 0,
                  "journalEntries": 2,
                  "journalWeekReadMarks": 0,
                  "letters": 1,
                  "pulseCheckIns": 0
                },
                "about": "Everything you wrote and your own settings, and what your partner made visible to you."
              },
              "profile": {
                "id": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                "displayName": "Sam",
                "timeZone": "Europe/Lisbon",
                "locale": "en",
                "createdAt": "2026-09-01T10:00:00Z",
                "updatedAt": "2026-09-01T10:00:00Z"
              },
              "couples": [
                {
                  "coupleId": "0c6f3b2e-9a1d-4e7b-8f5c-2d4a6b8c0e1f",
                  "timeZone": "Europe/Lisbon",
                  "programStartsOn": "2026-09-01",
                  "createdAt": "2026-09-01T10:02:00Z",
                  "joinedAt": "2026-09-01T10:02:00Z",
                  "yourSettings": {
                    "newItemsPrivateByDefault": false,
                    "touchOptIn": true
                  }
                }
              ],
              "invitations": [],
              "calendarFeeds": [],
              "counselorConsents": [],
              "counselorReads": [],
              "counselorLinks": [],
              "counselorGrants": [],
              "agreementVersions": [],
              "agreementConcerns": [],
              "commitments": [],
              "commitmentChecks": [],
              "conversationNotes": [],
              "sessionFeedback": [],
              "jarSlips": [],
              "jarDraws": [],
              "journalEntries": [
                {
                  "id": "e1d2c3b4-a5f6-4e7d-8c9b-0a1f2e3d4c5b",
                  "coupleId": "0c6f3b2e-9a1d-4e7b-8f5c-2d4a6b8c0e1f",
                  "yours": true,
                  "kind": "appreciation",
                  "writtenOn": "2026-11-22",
                  "text": "You made tea without me asking.",
                  "createdAt": "2026-11-22T21:10:00Z",
                  "visibility": "partner",
                  "visibleFrom": "2026-11-22T21:10:00Z",
                  "revisions": []
                },
                {
                  "id": "f2e3d4c5-b6a7-4f8e-9d0c-1b2a3f4e5d6c",
                  "coupleId": "0c6f3b2e-9a1d-4e7b-8f5c-2d4a6b8c0e1f",
                  "yours": false,
                  "kind": "somethingHard",
                  "writtenOn": "2026-11-22",
                  "text": "The silence at dinner was hard for me.",
                  "createdAt": "2026-11-22T22:00:00Z"
                }
              ],
              "journalWeekReadMarks": [],
              "letters": [
                {
                  "id": "9c8b7a6f-5e4d-4c3b-8a2f-1e0d9c8b7a6f",
                  "coupleId": "0c6f3b2e-9a1d-4e7b-8f5c-2d4a6b8c0e1f",
                  "yours": true,
                  "status": "shared",
                  "title": "About the lie",
                  "body": "I am sorry I kept the truth from you for so long.",
                  "createdAt": "2026-11-20T18:00:00Z",
                  "updatedAt": "2026-11-20T18:30:00Z",
                  "sharedAt": "2026-11-20T18:30:00Z"
                }
              ],
              "pulseCheckIns": []
            }""";

    public static final String ERASURE_REQUEST = """
            { "confirm": "erase my account" }""";

    public static final String ERASURE_RECEIPT = """
            {
              "erasedAt": "2026-11-23T19:30:00Z",
              "couplesLeft": 1,
              "couplesShredded": 0,
              "itemsDeleted": {
                "agreementVersionsErased": 1,
                "agreementConcerns": 0,
                "commitments": 2,
                "sharedCommitmentsBlanked": 1,
                "commitmentChecks": 14,
                "commitmentAcknowledgementsWithdrawn": 3,
                "sessionFeedback": 4,
                "jarSlips": 5,
                "jarDraws": 12,
                "journalEntries": 31,
                "journalRevisions": 2,
                "journalWeekReadMarks": 6,
                "journalAcknowledgementsWithdrawn": 9,
                "letters": 2,
                "invitationsRevoked": 0,
                "calendarFeeds": 1,
                "counselorLinksRevoked": 0,
                "counselorGrantsRevoked": 0,
                "conversationNotes": 3,
                "exports": 1,
                "idempotencyRecords": 7
              }
            }""";

    public static final String ERASURE_NOTHING_LEFT = """
            {
              "erasedAt": "2026-11-23T19:31:00Z",
              "couplesLeft": 0,
              "couplesShredded": 0,
              "itemsDeleted": {}
            }""";
}
