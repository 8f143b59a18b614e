package app.kintsugi.platform.openapi;

/**
 * Every example of the OpenAPI document, in one place, so that they stay consistent with each other (the same person,
 * the same request id) and are easy to review.
 */
public final class Examples {

    private Examples() {
    }

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
