package app.kintsugi.practice;

import java.util.List;
import java.util.Map;

import app.kintsugi.couple.CoupleProblem;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.openapi.ProblemCatalog.Example;
import app.kintsugi.platform.openapi.ProblemCatalog.Spec;
import app.kintsugi.platform.problem.CommonProblem;

/**
 * Practice's part of the OpenAPI document: the examples of runs, sessions, feedback, preferences and recommendations,
 * and the named problem responses of each operation, built from the problem kinds its throw sites send.
 */
public final class PracticeContract {

    static final String RUN_NOT_FOUND = "RunNotFound";
    static final String SESSION_NOT_FOUND = "SessionNotFound";
    static final String START_RUN_CONFLICT = "StartRunConflict";
    static final String INVALID_RUN = "InvalidRun";
    static final String RUN_TRANSITION = "RunTransition";
    static final String INVALID_RUN_CHANGE = "InvalidRunChange";
    static final String START_SESSION_CONFLICT = "StartSessionConflict";
    static final String INVALID_SESSION = "InvalidSession";
    static final String SESSION_TRANSITION = "SessionTransition";
    static final String INVALID_SESSION_CHANGE = "InvalidSessionChange";
    static final String FEEDBACK_CONFLICT = "FeedbackConflict";
    static final String INVALID_FEEDBACK = "InvalidFeedback";
    static final String INVALID_PREFERENCES = "InvalidPracticePreferences";

    private PracticeContract() {
    }

    /** Registers practice's named problem responses; called once by {@code ProblemCatalog}. */
    public static void problems(Map<String, Spec> specs) {
        Example paused = Example.of("paused", CoupleProblem.COUPLE_PAUSED);
        Example forming = Example.of("forming", CoupleProblem.COUPLE_FORMING);
        Example touch = Example.of("touch", PracticeProblem.TOUCH_NOT_CHOSEN);
        specs.put(RUN_NOT_FOUND, new Spec(404, "The couple is not visible to the caller, or has no such run.",
                List.of(Example.of("notFound", "not-found", "This couple has no practice run with this id."))));
        specs.put(SESSION_NOT_FOUND, new Spec(404, "The couple is not visible to the caller, or has no such "
                + "session.",
                List.of(Example.of("notFound", "not-found", "This couple has no session with this id."))));
        specs.put(START_RUN_CONFLICT, new Spec(409, "The couple cannot start this run now; nothing changed.",
                List.of(Example.of("runInProgress", PracticeProblem.RUN_IN_PROGRESS), paused, forming, touch,
                        ProblemCatalog.ENDED)));
        specs.put(INVALID_RUN, new Spec(422, "A field is invalid; `errors` names each one.", List.of(
                Example.field("unknownExercise", "/exercise", "unknown-exercise",
                        "No published exercise has this slug."),
                Example.field("days", "/days", "out-of-range", "days is from 1 to 30."),
                Example.field("noBody", "", "required", "Send the run as a JSON object."))));
        specs.put(RUN_TRANSITION, new Spec(409, "The run cannot move to that status from where it is.",
                List.of(Example.of("illegal", CommonProblem.ILLEGAL_TRANSITION.code(),
                        "A completed run cannot become active."),
                        Example.of("notAssigned", PracticeProblem.NOT_ASSIGNED), paused, ProblemCatalog.ENDED)));
        specs.put(INVALID_RUN_CHANGE, new Spec(422, "The status is missing or not a run status.",
                List.of(Example.field("missing", "/status", "required", "status is required."))));
        specs.put(START_SESSION_CONFLICT, new Spec(409, "The couple cannot open this session now; nothing changed.",
                List.of(Example.of("sessionOpen", PracticeProblem.SESSION_OPEN), touch,
                        Example.of("runNotActive", PracticeProblem.RUN_NOT_ACTIVE), paused, forming,
                        ProblemCatalog.ENDED)));
        specs.put(INVALID_SESSION, new Spec(422, "A field is invalid; `errors` names each one.", List.of(
                Example.field("neither", "/exercise", "required", "Name an exercise, or a run to practise."),
                Example.field("unknownRun", "/runId", "unknown-run", "This couple has no run with this id."))));
        specs.put(SESSION_TRANSITION, new Spec(409, "The session cannot move to that status from where it is, or "
                + "cannot resume yet.",
                List.of(Example.of("illegal", CommonProblem.ILLEGAL_TRANSITION.code(),
                        "A completed session cannot become running."), touch, paused, ProblemCatalog.ENDED)));
        specs.put(INVALID_SESSION_CHANGE, new Spec(422, "The status is missing, or the actual durations do not fit "
                + "the plan.",
                List.of(
                        Example.field("notCompleting", "/actualTurnSeconds", "only-when-completing",
                                "actualTurnSeconds is sent only when the session is completed."),
                        Example.field("turns", "/actualTurnSeconds", "count",
                                "actualTurnSeconds has one entry per turn of the plan (4)."))));
        specs.put(FEEDBACK_CONFLICT, new Spec(409, "Feedback is given once a session has ended, while the couple "
                + "lasts.",
                List.of(Example.of("notEnded", PracticeProblem.SESSION_NOT_ENDED), ProblemCatalog.ENDED)));
        specs.put(INVALID_FEEDBACK, new Spec(422, "A field is invalid; `errors` names each one.", List.of(
                Example.field("missingRating", "/rating", "required", "rating is required."),
                Example.field("feltSafe", "/feltSafe", "out-of-range", "feltSafe is a whole number from 1 to 5."),
                Example.field("note", "/note", "too-long", "A note has at most 1000 characters."))));
        specs.put(INVALID_PREFERENCES, new Spec(422, "The setting is missing or not a boolean.", List.of(
                Example.field("missing", "/touchExercises", "required", "Send true or false."))));
    }

    // --- Examples ---

    static final String NEW_RUN = """
            { "exercise": "safe-space-check-in", "days": 7, "startsOn": "2026-11-23" }""";

    static final String NEW_RUN_REPLACING = """
            { "exercise": "i-miss-this-ritual", "days": 7, "endCurrent": true }""";

    static final String RUN = """
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

    static final String RUN_PAGE = """
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

    static final String RUN_PAUSED = """
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

    static final String NEW_SESSION_OF_RUN = """
            { "runId": "4c1e8b2a-7d3f-4a9e-b6c5-2f8d1e0a9b73" }""";

    static final String NEW_SESSION = """
            { "exercise": "safe-space-check-in", "firstLead": "partner" }""";

    static final String SESSION_RUNNING = """
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

    static final String SESSION_PAGE = """
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

    static final String SESSION_COMPLETED = """
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

    static final String SESSION_PAUSED = """
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

    static final String SESSION_COMPLETE = """
            { "status": "completed", "actualTurnSeconds": [60, 300, 300, 90] }""";

    static final String FEEDBACK_INPUT = """
            {
              "feltSafe": 4,
              "feltClose": 4,
              "tooMuch": false,
              "note": "Staying quiet while Alex spoke was hard at first, but being heard felt good.",
              "shareWithPartner": false
            }""";

    static final String FEEDBACK_INPUT_SHARED = """
            {
              "feltSafe": 5,
              "feltClose": 4,
              "tooMuch": false,
              "note": "Thank you for letting me finish. I felt listened to.",
              "shareWithPartner": true
            }""";

    static final String FEEDBACK = """
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

    static final String FEEDBACK_PAGE = """
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

    static final String PREFERENCES = """
            { "touchExercises": true, "touchExercisesOpen": true }""";

    static final String RECOMMENDATIONS = """
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
}
