package app.kintsugi.practice;

import app.kintsugi.platform.problem.ProblemType;

/**
 * The problems only runs, sessions and their feedback answer with; the couple's state and illegal moves are shared
 * kinds.
 */
enum PracticeProblem implements ProblemType {

    RUN_IN_PROGRESS(409, "run-in-progress",
            "A run is already in progress. End it first, or send endCurrent: true to end it and start this one."),

    NOT_ASSIGNED(409, "not-assigned", "Only a run a counselor assigned can be declined; end this one as abandoned."),

    TOUCH_NOT_CHOSEN(409, "touch-not-chosen",
            "Touch exercises open once both of you have chosen them in your own practice preferences. Nothing else is needed, and there is no hurry."),

    RUN_NOT_ACTIVE(409, "run-not-active", "Sessions of a run are opened while the run is active, from its first day."),

    SESSION_OPEN(409, "session-open", "A session is already under way; finish or stop it first."),

    SESSION_NOT_ENDED(409, "session-not-ended", "Feedback is for after the session; complete or stop it first.");

    private final Kind kind;

    PracticeProblem(int status, String code, String detail) {
        this.kind = new Kind(status, code, detail);
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
