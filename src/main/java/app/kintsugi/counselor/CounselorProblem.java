package app.kintsugi.counselor;

import app.kintsugi.platform.problem.ProblemType;

/**
 * The problems of counselor access: link codes, grants and the partners' consent. The couple's own state (forming,
 * paused, ended) is answered with {@link app.kintsugi.couple.CoupleProblem}.
 */
public enum CounselorProblem implements ProblemType {

    /** Revoking a link code that was used or has expired. */
    LINK_NOT_OPEN(409, "link-not-open", "Only an open link can be revoked; this one was used or expired."),

    /** A counselor's code that a couple already used. */
    LINK_USED(410, "link-used", "This counselor code was already used."),

    /** A counselor's code the counselor withdrew. */
    LINK_REVOKED(410, "link-revoked", "The counselor withdrew this code."),

    /** A counselor's code past its lifetime. */
    LINK_EXPIRED(410, "link-expired", "This counselor code has expired. Ask for a new one."),

    /** A code whose counselor is one of the couple's partners. */
    COUNSELOR_IS_PARTNER(409, "counselor-is-partner", "A partner of this couple cannot be its counselor."),

    /** A code of a counselor who already has a pending or active grant for the couple. */
    COUNSELOR_ALREADY_LINKED(409, "counselor-already-linked",
            "This counselor already has a grant for the couple that is pending or in force."),

    /** A partner consenting a second time. */
    ALREADY_CONSENTED(409, "already-consented", "You already consented to this grant."),

    /** Consenting to a grant that is in force, revoked or expired. */
    GRANT_NOT_AWAITING_CONSENT(409, "grant-not-awaiting-consent",
            "This grant is not waiting for consent: it is in force, revoked or expired.");

    private final Kind kind;

    CounselorProblem(int status, String code, String detail) {
        this.kind = new Kind(status, code, detail);
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
