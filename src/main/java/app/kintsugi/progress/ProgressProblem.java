package app.kintsugi.progress;

import app.kintsugi.platform.problem.ProblemType;

/** Problems only pulse check-ins and progress answer with; an ended couple is the shared {@code couple-ended}. */
public enum ProgressProblem implements ProblemType {

    /** A check-in names a day other than today in the couple's time zone. */
    NOT_TODAY(409, "not-today", "A check-in is made and changed on its own day only; use today.");

    private final Kind kind;

    ProgressProblem(int status, String code, String detail) {
        this.kind = new Kind(status, code, detail);
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
