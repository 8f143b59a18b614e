package app.kintsugi.jar;

import app.kintsugi.platform.problem.ProblemType;

/** The problems only the jar answers with; its couple-state problems are {@link app.kintsugi.couple.CoupleProblem}. */
public enum JarProblem implements ProblemType {

    JAR_FULL(409, "jar-full", "The jar holds " + JarService.MAX_SLIPS
            + " slips at most; remove one before adding another."),
    JAR_EMPTY(409, "jar-empty",
            "The jar has no slips yet. Either of you can add one: a small act, on one line."),
    NOTHING_DRAWN(
            409, "nothing-drawn",
            "You have not drawn a slip today. Draw today's slip first: only today's act can be marked done."),
    NOT_AUTHOR(
            403, "not-author", "Only the slip's author can remove it.");

    private final Kind kind;

    JarProblem(int status, String code, String detail) {
        this.kind = new Kind(status, code, detail);
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
