package app.kintsugi.couple;

import app.kintsugi.platform.problem.ProblemType;

/**
 * Problems about a couple's state that every feature working inside a couple can answer with. Declared here once, so a
 * jar, a journal and a session all say {@code couple-paused} the same way. The couple feature's own kinds (starting,
 * pausing, inviting, joining) follow them.
 */
public enum CoupleProblem implements ProblemType {

    COUPLE_PAUSED(409, "couple-paused", "The couple is paused; this waits until the pause ends."),
    COUPLE_FORMING(409,
            "couple-forming", "This needs both partners; it opens once your partner has joined."),
    COUPLE_ENDED(409,
            "couple-ended", "This couple has ended; nothing in it can change any more."),

    /** Starting or joining a couple while still in one that has not ended. */
    ALREADY_IN_COUPLE(409, "already-in-couple",
            "You are already in a couple that has not ended. Leave it first to start or join another."),

    /** Lifting a pause the caller does not hold: only the partner who paused can lift their pause. */
    NOT_PAUSED_BY_YOU(409, "not-paused-by-you",
            "You hold no pause on this couple. A pause can be lifted only by the partner who started it."),

    /** Inviting into, or joining, a couple that has its two partners. */
    COUPLE_FULL(409, "couple-full", "This couple already has two partners."),

    /** Revoking an invitation that was accepted or has expired. */
    INVITATION_NOT_OPEN(409, "invitation-not-open",
            "Only an open invitation can be revoked; this one was already accepted or has expired."),

    /** A partner entering the code of their own couple's invitation. */
    OWN_INVITATION(409, "own-invitation",
            "You are already a partner in this couple; the code is for the person you invite."),

    /** An invitation code that was accepted already. */
    INVITATION_USED(410, "invitation-used", "This invitation was already used."),

    /** An invitation code withdrawn by a partner, or whose couple ended. */
    INVITATION_REVOKED(410, "invitation-revoked", "This invitation was withdrawn."),

    /** An invitation code past its lifetime. */
    INVITATION_EXPIRED(410, "invitation-expired", "This invitation has expired. Ask for a new one.");

    private final Kind kind;

    CoupleProblem(int status, String code, String detail) {
        this.kind = new Kind(status, code, detail);
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
