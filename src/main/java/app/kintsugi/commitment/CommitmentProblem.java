package app.kintsugi.commitment;

import app.kintsugi.platform.problem.ProblemType;

/**
 * The problems only commitments, their check-offs and conversation notes answer with; couple-state problems are
 * {@link app.kintsugi.couple.CoupleProblem}, a closed commitment's reopening is
 * {@link app.kintsugi.platform.problem.CommonProblem#ILLEGAL_TRANSITION}.
 */
public enum CommitmentProblem implements ProblemType {

    TOO_MANY_COMMITMENTS(409, "too-many-commitments", "A couple keeps at most " + CommitmentService.MAX_ACTIVE
            + " active commitments; complete or retire one first. Fewer, kept well, do more good."),
    OCCURRENCE_IN_FUTURE(
            409, "occurrence-in-future",
            "An occurrence is marked on its day or after it, in the couple's time zone."),
    NOT_KEPT(409,
            "not-kept", "Only an occurrence marked kept can be acknowledged."),
    OWN_CHECK(409,
            "own-check",
            "Your partner acknowledges what you kept; you acknowledge theirs."),
    NOT_OWNER(403,
            "not-owner",
            "This is your partner's own commitment: only they change it or mark how it went."),
    NOT_NOTE_AUTHOR(
            403, "not-author", "Only the note's author can delete it.");

    private final Kind kind;

    CommitmentProblem(int status, String code, String detail) {
        this.kind = new Kind(status, code, detail);
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
