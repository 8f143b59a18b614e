package app.kintsugi.agreement;

import java.util.List;
import java.util.Map;

import app.kintsugi.couple.CoupleProblem;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.openapi.ProblemCatalog.Example;
import app.kintsugi.platform.openapi.ProblemCatalog.Spec;
import app.kintsugi.platform.problem.CommonProblem;
import app.kintsugi.platform.problem.ProblemType;

/**
 * The OpenAPI examples and named problem responses of boundary agreements and concerns. Problem examples take code and
 * detail from the constants the services throw.
 */
public final class AgreementContract {

    public static final String AGREEMENT_NOT_FOUND = "AgreementNotFound";
    public static final String AGREEMENT_VERSION_NOT_FOUND = "AgreementVersionNotFound";
    public static final String CONCERN_NOT_FOUND = "ConcernNotFound";
    public static final String BAD_AGREEMENT_QUERY = "BadAgreementQuery";
    public static final String BAD_CONCERN_QUERY = "BadConcernQuery";
    public static final String AGREEMENT_WRITE_CONFLICT = "AgreementWriteConflict";
    public static final String ACCEPT_VERSION_CONFLICT = "AcceptAgreementVersionConflict";
    public static final String AGREEMENT_STATUS_CONFLICT = "AgreementStatusConflict";
    public static final String RESOLVE_CONCERN_CONFLICT = "ResolveConcernConflict";
    public static final String INVALID_AGREEMENT = "InvalidAgreement";
    public static final String INVALID_REVISION = "InvalidAgreementRevision";
    public static final String INVALID_AGREEMENT_STATUS = "InvalidAgreementStatus";
    public static final String INVALID_CONCERN = "InvalidConcern";
    public static final String INVALID_RESOLUTION = "InvalidConcernResolution";

    // --- Requests ---
    public static final String NEW_AGREEMENT = """
            {
              "topic": "devicesAndMessages",
              "title": "Phones at the table",
              "terms": "Phones stay in the hall during dinner. If a message matters, either of us says who it is from before reading it.",
              "reviewEveryMonths": 1
            }""";

    public static final String REVISION = """
            {
              "terms": "Phones stay in the hall during dinner and the hour before bed. If a message matters, either of us says who it is from before reading it."
            }""";

    public static final String REOPEN = """
            {
              "status": "underReview"
            }""";

    public static final String NEW_CONCERN = """
            {
              "text": "The hour before bed feels long to me on work nights. Could we talk about how it is going?"
            }""";

    public static final String RESOLUTION = """
            {
              "conversationNoteId": "6d2a9f14-3c7b-4e58-a1d0-8b5e2f7c9a36"
            }""";

    // --- Answers ---
    public static final String AGREEMENT_PROPOSED = """
            {
              "id": "1f6b8c2d-4a3e-4d7f-9b0a-5e2c7d8f1a49",
              "topic": "devicesAndMessages",
              "status": "proposed",
              "title": "Phones at the table",
              "pending": {
                "number": 1,
                "origin": "proposal",
                "status": "pending",
                "title": "Phones at the table",
                "terms": "Phones stay in the hall during dinner. If a message matters, either of us says who it is from before reading it.",
                "reviewEveryMonths": 1,
                "proposedById": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                "proposedByName": "Sam",
                "proposedByYou": true,
                "proposedAt": "2026-11-24T19:30:00Z",
                "acceptances": [
                  { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true, "acceptedAt": "2026-11-24T19:30:00Z" }
                ],
                "acceptedByYou": true
              },
              "reviewDue": false,
              "openConcerns": 0,
              "createdById": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "createdAt": "2026-11-24T19:30:00Z",
              "updatedAt": "2026-11-24T19:30:00Z"
            }""";

    public static final String AGREEMENT_IN_FORCE = """
            {
              "id": "1f6b8c2d-4a3e-4d7f-9b0a-5e2c7d8f1a49",
              "topic": "devicesAndMessages",
              "status": "inForce",
              "title": "Phones at the table",
              "inForce": {
                "number": 1,
                "origin": "proposal",
                "status": "inForce",
                "title": "Phones at the table",
                "terms": "Phones stay in the hall during dinner. If a message matters, either of us says who it is from before reading it.",
                "reviewEveryMonths": 1,
                "proposedById": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                "proposedByName": "Sam",
                "proposedByYou": false,
                "proposedAt": "2026-11-24T19:30:00Z",
                "acceptances": [
                  { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": false, "acceptedAt": "2026-11-24T19:30:00Z" },
                  { "partnerId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "name": "Alex", "yours": true, "acceptedAt": "2026-11-24T20:05:00Z" }
                ],
                "acceptedByYou": true,
                "inForceFrom": "2026-11-24T20:05:00Z"
              },
              "reviewOn": "2026-12-24",
              "reviewDue": false,
              "openConcerns": 0,
              "createdById": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "createdAt": "2026-11-24T19:30:00Z",
              "updatedAt": "2026-11-24T20:05:00Z"
            }""";

    public static final String AGREEMENT_UNDER_REVIEW = """
            {
              "id": "1f6b8c2d-4a3e-4d7f-9b0a-5e2c7d8f1a49",
              "topic": "devicesAndMessages",
              "status": "underReview",
              "title": "Phones at the table",
              "inForce": {
                "number": 1,
                "origin": "proposal",
                "status": "inForce",
                "title": "Phones at the table",
                "terms": "Phones stay in the hall during dinner. If a message matters, either of us says who it is from before reading it.",
                "reviewEveryMonths": 1,
                "proposedById": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                "proposedByName": "Sam",
                "proposedByYou": false,
                "proposedAt": "2026-11-24T19:30:00Z",
                "acceptances": [
                  { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": false, "acceptedAt": "2026-11-24T19:30:00Z" },
                  { "partnerId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "name": "Alex", "yours": true, "acceptedAt": "2026-11-24T20:05:00Z" }
                ],
                "acceptedByYou": true,
                "inForceFrom": "2026-11-24T20:05:00Z"
              },
              "pending": {
                "number": 2,
                "origin": "reopening",
                "status": "pending",
                "title": "Phones at the table",
                "terms": "Phones stay in the hall during dinner. If a message matters, either of us says who it is from before reading it.",
                "reviewEveryMonths": 1,
                "proposedById": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                "proposedByName": "Alex",
                "proposedByYou": true,
                "proposedAt": "2026-12-24T18:00:00Z",
                "acceptances": [],
                "acceptedByYou": false
              },
              "reviewOn": "2026-12-24",
              "reviewDue": true,
              "openConcerns": 1,
              "createdById": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "createdAt": "2026-11-24T19:30:00Z",
              "updatedAt": "2026-12-24T18:00:00Z"
            }""";

    public static final String AGREEMENT_PAGE = """
            {
              "items": [
                {
                  "id": "8e4d2a61-7f3b-4c95-b2e8-0a6c1d9f5b37",
                  "topic": "thirdPersonContact",
                  "status": "proposed",
                  "title": "Talking to J.",
                  "pending": {
                    "number": 1,
                    "origin": "proposal",
                    "status": "pending",
                    "title": "Talking to J.",
                    "terms": "Contact with J. stays about work, by email only. If J. writes about anything else, I tell you the same day.",
                    "reviewEveryMonths": 1,
                    "proposedById": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                    "proposedByName": "Alex",
                    "proposedByYou": false,
                    "proposedAt": "2026-12-20T21:00:00Z",
                    "acceptances": [
                      { "partnerId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "name": "Alex", "yours": false, "acceptedAt": "2026-12-20T21:00:00Z" }
                    ],
                    "acceptedByYou": false
                  },
                  "reviewDue": false,
                  "openConcerns": 0,
                  "createdById": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                  "createdAt": "2026-12-20T21:00:00Z",
                  "updatedAt": "2026-12-20T21:00:00Z"
                },
                {
                  "id": "1f6b8c2d-4a3e-4d7f-9b0a-5e2c7d8f1a49",
                  "topic": "devicesAndMessages",
                  "status": "inForce",
                  "title": "Phones at the table",
                  "inForce": {
                    "number": 1,
                    "origin": "proposal",
                    "status": "inForce",
                    "title": "Phones at the table",
                    "terms": "Phones stay in the hall during dinner. If a message matters, either of us says who it is from before reading it.",
                    "reviewEveryMonths": 1,
                    "proposedById": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                    "proposedByName": "Sam",
                    "proposedByYou": true,
                    "proposedAt": "2026-11-24T19:30:00Z",
                    "acceptances": [
                      { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true, "acceptedAt": "2026-11-24T19:30:00Z" },
                      { "partnerId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "name": "Alex", "yours": false, "acceptedAt": "2026-11-24T20:05:00Z" }
                    ],
                    "acceptedByYou": true,
                    "inForceFrom": "2026-11-24T20:05:00Z"
                  },
                  "reviewOn": "2026-12-24",
                  "reviewDue": false,
                  "openConcerns": 0,
                  "createdById": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                  "createdAt": "2026-11-24T19:30:00Z",
                  "updatedAt": "2026-11-24T20:05:00Z"
                }
              ]
            }""";

    public static final String VERSION_PROPOSED = """
            {
              "number": 2,
              "origin": "proposal",
              "status": "pending",
              "title": "Phones at the table",
              "terms": "Phones stay in the hall during dinner and the hour before bed. If a message matters, either of us says who it is from before reading it.",
              "reviewEveryMonths": 1,
              "proposedById": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "proposedByName": "Sam",
              "proposedByYou": true,
              "proposedAt": "2026-12-10T20:15:00Z",
              "acceptances": [
                { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true, "acceptedAt": "2026-12-10T20:15:00Z" }
              ],
              "acceptedByYou": true
            }""";

    public static final String VERSION_FOR_COUNSELOR = """
            {
              "number": 1,
              "origin": "proposal",
              "status": "inForce",
              "title": "Phones at the table",
              "terms": "Phones stay in the hall during dinner. If a message matters, either of us says who it is from before reading it.",
              "reviewEveryMonths": 1,
              "proposedById": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "proposedByName": "Sam",
              "proposedAt": "2026-11-24T19:30:00Z",
              "acceptances": [
                { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "acceptedAt": "2026-11-24T19:30:00Z" },
                { "partnerId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "name": "Alex", "acceptedAt": "2026-11-24T20:05:00Z" }
              ],
              "inForceFrom": "2026-11-24T20:05:00Z"
            }""";

    public static final String VERSION_PAGE = """
            {
              "items": [
                {
                  "number": 2,
                  "origin": "proposal",
                  "status": "inForce",
                  "title": "Phones at the table",
                  "terms": "Phones stay in the hall during dinner and the hour before bed. If a message matters, either of us says who it is from before reading it.",
                  "reviewEveryMonths": 1,
                  "proposedById": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                  "proposedByName": "Sam",
                  "proposedByYou": true,
                  "proposedAt": "2026-12-10T20:15:00Z",
                  "acceptances": [
                    { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true, "acceptedAt": "2026-12-10T20:15:00Z" },
                    { "partnerId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "name": "Alex", "yours": false, "acceptedAt": "2026-12-11T08:40:00Z" }
                  ],
                  "acceptedByYou": true,
                  "inForceFrom": "2026-12-11T08:40:00Z"
                },
                {
                  "number": 1,
                  "origin": "proposal",
                  "status": "replaced",
                  "title": "Phones at the table",
                  "terms": "Phones stay in the hall during dinner. If a message matters, either of us says who it is from before reading it.",
                  "reviewEveryMonths": 1,
                  "proposedById": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
                  "proposedByName": "Sam",
                  "proposedByYou": true,
                  "proposedAt": "2026-11-24T19:30:00Z",
                  "acceptances": [
                    { "partnerId": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61", "name": "Sam", "yours": true, "acceptedAt": "2026-11-24T19:30:00Z" },
                    { "partnerId": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62", "name": "Alex", "yours": false, "acceptedAt": "2026-11-24T20:05:00Z" }
                  ],
                  "acceptedByYou": true,
                  "inForceFrom": "2026-11-24T20:05:00Z"
                }
              ]
            }""";

    public static final String CONCERN = """
            {
              "id": "4b9e1c7a-2d5f-4a80-b3c6-7e0d8f2a1c55",
              "agreementId": "1f6b8c2d-4a3e-4d7f-9b0a-5e2c7d8f1a49",
              "text": "The hour before bed feels long to me on work nights. Could we talk about how it is going?",
              "raisedById": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
              "raisedByName": "Alex",
              "yours": true,
              "raisedAt": "2026-12-18T21:40:00Z",
              "resolved": false
            }""";

    public static final String CONCERN_RESOLVED = """
            {
              "id": "4b9e1c7a-2d5f-4a80-b3c6-7e0d8f2a1c55",
              "agreementId": "1f6b8c2d-4a3e-4d7f-9b0a-5e2c7d8f1a49",
              "text": "The hour before bed feels long to me on work nights. Could we talk about how it is going?",
              "raisedById": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
              "raisedByName": "Alex",
              "yours": false,
              "raisedAt": "2026-12-18T21:40:00Z",
              "resolved": true,
              "resolvedById": "7b0f5a52-2f7e-4d8a-9b1e-5c3f2a9d8e61",
              "resolvedByName": "Sam",
              "resolvedAt": "2026-12-20T10:15:00Z",
              "conversationNoteId": "6d2a9f14-3c7b-4e58-a1d0-8b5e2f7c9a36"
            }""";

    public static final String CONCERN_PAGE = """
            {
              "items": [
                {
                  "id": "4b9e1c7a-2d5f-4a80-b3c6-7e0d8f2a1c55",
                  "agreementId": "1f6b8c2d-4a3e-4d7f-9b0a-5e2c7d8f1a49",
                  "text": "The hour before bed feels long to me on work nights. Could we talk about how it is going?",
                  "raisedById": "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62",
                  "raisedByName": "Alex",
                  "yours": false,
                  "raisedAt": "2026-12-18T21:40:00Z",
                  "resolved": false
                }
              ]
            }""";

    private AgreementContract() {
    }

    /** Registers the agreements' named problem responses; called once by {@link ProblemCatalog}. */
    public static void problems(Map<String, Spec> specs) {
        Example paused = shared("paused", CoupleProblem.COUPLE_PAUSED, AgreementService.PAUSED);
        Example forming = shared("forming", CoupleProblem.COUPLE_FORMING, AgreementService.FORMING);
        Example limit = Example.field("badLimit", "limit", "out-of-range",
                "limit must be a whole number from 1 to 100.");
        specs.put(AGREEMENT_NOT_FOUND, new Spec(404, "No couple the caller may see, or no agreement with this id in "
                + "it. Outsiders, counselors without the `agreements` scope, and after a couple ended an agreement "
                + "that never took effect and whose open proposal is the other's, all get this same answer.",
                List.of(Example.of("notFound", "not-found",
                        "This couple has no agreement with this id that you can see."))));
        specs.put(AGREEMENT_VERSION_NOT_FOUND, new Spec(404, "No agreement the caller may see, or no version with "
                + "this number in it.",
                List.of(Example.of("notFound", "not-found",
                        "This agreement has no version with this number that you can see."))));
        specs.put(CONCERN_NOT_FOUND, new Spec(404, "No agreement the caller may see, or no such concern about it. "
                + "Counselors never read concerns (they get 403), and after a couple ended each former partner sees "
                + "only the concerns they raised.",
                List.of(Example.of("notFound", "not-found",
                        "This agreement has no concern with this id that you can see."))));
        specs.put(BAD_AGREEMENT_QUERY, new Spec(400, "A filter has a bad value, `limit` is out of range, a `cursor` "
                + "was not issued by this list, or a query parameter is unknown.",
                List.of(Example.field("due", "due", "invalid-boolean", "due is true or false."),
                        Example.field("topic", "topic", "unknown-value", "topic is one of [devicesAndMessages, "
                                + "socialMedia, thirdPersonContact, disclosure, physicalPace, other]."),
                        Example.field("status", "status", "unknown-value",
                                "status is one of [proposed, inForce, underReview]."),
                        limit)));
        specs.put(BAD_CONCERN_QUERY, new Spec(400, "`open` is not a boolean, `limit` is out of range, a `cursor` "
                + "was not issued by this list, or a query parameter is unknown.",
                List.of(Example.field("open", "open", "invalid-boolean", "open is true or false."), limit)));
        specs.put(AGREEMENT_WRITE_CONFLICT, new Spec(409, "Agreements change only while both partners are in the "
                + "couple and neither holds a pause.",
                List.of(paused, forming, ProblemCatalog.ENDED)));
        specs.put(ACCEPT_VERSION_CONFLICT, new Spec(409, "The version is no longer waiting for acceptance, or the "
                + "couple cannot change its agreements now.",
                List.of(Example.of("notPending", AgreementProblem.VERSION_NOT_PENDING), paused, forming,
                        ProblemCatalog.ENDED)));
        specs.put(AGREEMENT_STATUS_CONFLICT, new Spec(409, "Only `underReview` can be set, and only while the couple "
                + "can change its agreements.",
                List.of(shared("illegal", CommonProblem.ILLEGAL_TRANSITION, AgreementService.ONLY_REOPEN), paused,
                        forming, ProblemCatalog.ENDED)));
        specs.put(RESOLVE_CONCERN_CONFLICT, new Spec(409, "Concerns are talked through while both partners are in "
                + "the couple and neither holds a pause.",
                List.of(paused, forming, ProblemCatalog.ENDED)));
        specs.put(INVALID_AGREEMENT, new Spec(422, "A field is invalid; `errors` names each one.", List.of(
                Example.field("controlCharacter", "/title", "control-character",
                        "A title cannot contain control characters such as line breaks."),
                Example.field("topic", "/topic", "required", "topic is required."),
                Example.field("unknownTopic", "/topic", "invalid-type", "This field has the wrong type or format."),
                Example.field("title", "/title", "too-long", "A title has at most 80 characters."),
                Example.field("blank", "/terms", "blank", "The wording cannot be empty."),
                Example.field("tooLong", "/terms", "too-long", "The wording has at most 2000 characters."),
                Example.field("months", "/reviewEveryMonths", "out-of-range",
                        "reviewEveryMonths is a whole number from 1 to 12."))));
        specs.put(INVALID_REVISION, new Spec(422, "A field is invalid; `errors` names each one.", List.of(
                Example.field("blank", "/terms", "blank", "The wording cannot be empty."),
                Example.field("tooLong", "/terms", "too-long", "The wording has at most 2000 characters."),
                Example.field("title", "/title", "control-character",
                        "A title cannot contain control characters such as line breaks."),
                Example.field("months", "/reviewEveryMonths", "out-of-range",
                        "reviewEveryMonths is a whole number from 1 to 12."))));
        specs.put(INVALID_AGREEMENT_STATUS, new Spec(422, "The status is missing or not an agreement status.",
                List.of(Example.field("missing", "/status", "required", "status is required."),
                        Example.field("unknown", "/status", "invalid-type",
                                "This field has the wrong type or format."))));
        specs.put(INVALID_CONCERN, new Spec(422, "The text is empty, too long or holds control characters.",
                List.of(Example.field("blank", "/text", "blank", "A concern cannot be empty."),
                        Example.field("tooLong", "/text", "too-long", "A concern has at most 280 characters."),
                        Example.field("controlCharacter", "/text", "control-character",
                                "A concern cannot contain control characters other than line breaks and tabs."),
                        Example.field("noBody", "", "required", "Send the concern as a JSON object."))));
        specs.put(INVALID_RESOLUTION, new Spec(422, "The conversation note is missing, malformed, or not one of this "
                + "couple's.",
                List.of(Example.field("missing", "/conversationNoteId", "required", "conversationNoteId is required: "
                        + "the note of the conversation in which you talked it through."),
                        Example.field("unknownNote", "/conversationNoteId", "unknown-note",
                                "This couple has no conversation note with this id."))));
    }

    /** A shared problem kind, documented with the detail this feature throws it with. */
    private static Example shared(String name, ProblemType type, String detail) {
        return Example.of(name, type.code(), detail);
    }
}
