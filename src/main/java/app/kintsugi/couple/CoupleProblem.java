package app.kintsugi.couple;

import app.kintsugi.platform.problem.ProblemType;

/**
 * Problems about a couple's state that every feature working inside a couple can answer with. Declared here once, so a
 * jar, a journal and a session all say {@code couple-paused} the same way.
 */
public enum CoupleProblem implements ProblemType {

    COUPLE_PAUSED(409, "couple-paused", "The couple is paused; this waits until the pause ends."), COUPLE_FORMING(409,
            "couple-forming", "This needs both partners; it opens once your partner has joined."), COUPLE_ENDED(409,
                    "couple-ended", "This couple has ended; nothing in it can change any more.");

    private final int status;
    private final String code;
    private final String detail;

    CoupleProblem(int status, String code, String detail) {
        this.status = status;
        this.code = code;
        this.detail = detail;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String detail() {
        return detail;
    }
}
