package app.kintsugi.exercise;

import java.util.List;
import java.util.Map;

import app.kintsugi.platform.openapi.ProblemCatalog.Example;
import app.kintsugi.platform.openapi.ProblemCatalog.Spec;
import app.kintsugi.platform.problem.CommonProblem;

/**
 * The exercise catalogue's part of the OpenAPI document: the examples its operations show and its named problem
 * responses, each built from the {@link ExerciseProblem} its throw sites send.
 */
public final class ExerciseContract {

    static final String BAD_CATALOGUE_QUERY = "BadCatalogueQuery";
    static final String EXERCISE_NOT_FOUND = "ExerciseNotFound";
    static final String PROMPT_SET_NOT_FOUND = "PromptSetNotFound";
    static final String SLUG_TAKEN = "SlugTaken";
    static final String INVALID_EXERCISE = "InvalidExercise";
    static final String EXERCISE_RETIRED = "ExerciseRetired";
    static final String EXERCISE_TRANSITION = "ExerciseTransition";

    /** A slug, a tag: lowercase letters and digits in words joined by single dashes. */
    static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String VARY = "`Accept-Language, Authorization`: the answer depends on both.";
    static final String CACHE_CONTROL = "`private, no-cache`: a client may keep the answer, and revalidates it with "
            + "`If-None-Match` before each use; shared caches never store it.";

    private ExerciseContract() {
    }

    /** Registers the catalogue's named problem responses; called once by {@code ProblemCatalog}. */
    public static void problems(Map<String, Spec> specs) {
        specs.put(BAD_CATALOGUE_QUERY, new Spec(400, "A filter has a value it does not accept, `limit` or `cursor` "
                + "is invalid, or a query parameter is unknown.",
                List.of(
                        Example.field("badLimit", "limit", "out-of-range",
                                "limit must be a whole number from 1 to 100."),
                        Example.field("notBoolean", "involvesTouch", "not-boolean", "involvesTouch is true or false."),
                        Example.field("badTag", "tag", "invalid-tag", "A tag is lowercase words joined by dashes."),
                        Example.field("badSearch", "q", "invalid-search", "q is 1 to 200 characters of plain text."),
                        Example.field("badIntensity", "intensity", "unknown-value",
                                "intensity is one of [gentle, moderate, deep]."),
                        Example.field("adminsOnly", "status", "admins-only",
                                "Only admins can list drafts and retired exercises."))));
        specs.put(EXERCISE_NOT_FOUND, new Spec(404, "No exercise with this slug (or version) that the caller may "
                + "see; drafts are invisible to everyone but admins.",
                List.of(Example.of("notFound", "not-found", "There is no exercise with this slug that you can see."))));
        specs.put(PROMPT_SET_NOT_FOUND, new Spec(404, "No prompt set has this slug.",
                List.of(Example.of("notFound", "not-found", "There is no prompt set with this slug."))));
        specs.put(SLUG_TAKEN, new Spec(409, "The slug is in use; slugs are never reused.",
                List.of(Example.of("slugTaken", ExerciseProblem.SLUG_TAKEN))));
        specs.put(INVALID_EXERCISE, new Spec(422, "A field is invalid; `errors` names each one.", List.of(
                Example.field("blankTitle", "/title", "blank", "A title cannot be empty."),
                Example.field("tooManyTags", "/tags", "count", "tags has at most 10 items."),
                Example.field("duplicateTag", "/tags/1", "duplicate", "Each tag appears once."),
                Example.field("slugChanged", "/slug", "slug-immutable", "A slug never changes; send this one or none."),
                Example.field("turnsTooLong", "/turnPlan", "too-long",
                        "The turns add up to more than durationMinutes (900 s)."),
                Example.field("touchUndeclared", "/turnPlan/1/mode", "touch-undeclared",
                        "A touch turn needs involvesTouch set to true."),
                Example.field("badSlug", "/slug", "invalid-slug",
                        "A slug is lowercase letters and digits in words joined by single dashes, at most 60."),
                Example.field("badTag", "/tags/0", "invalid-tag",
                        "A tag is lowercase words joined by dashes, at most 30 characters."),
                Example.field("missingTitle", "/title", "required", "title is required."),
                Example.field("duration", "/durationMinutes", "out-of-range", "durationMinutes is from 1 to 240."),
                Example.field("lineBreakInTitle", "/title", "control-character",
                        "A title cannot contain control characters such as line breaks."))));
        specs.put(EXERCISE_RETIRED, new Spec(409, "A retired exercise cannot be edited.",
                List.of(Example.of("retired", ExerciseProblem.EXERCISE_RETIRED))));
        specs.put(EXERCISE_TRANSITION, new Spec(409, "The exercise cannot move to that status from where it is.",
                List.of(Example.of("draftToRetired", CommonProblem.ILLEGAL_TRANSITION.code(), "An exercise cannot go "
                        + "from draft to retired. It goes draft → published → retired, and back to published."))));
    }

    // --- Examples ---

    static final String EXERCISE_PAGE = """
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

    static final String EXERCISE_DRAFT = """
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

    static final String EXERCISE_EDIT = """
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

    static final String EXERCISE_DRAFT_VIEW = """
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

    static final String EXERCISE = """
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

    static final String EXERCISE_V2 = """
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

    static final String VERSION_PAGE = """
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

    static final String PROMPT_SET_PAGE = """
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

    static final String PROMPT_SET = """
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
}
