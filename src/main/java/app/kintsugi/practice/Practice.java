package app.kintsugi.practice;

import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.couple.CoupleStatus;
import app.kintsugi.platform.problem.ProblemException;
import app.kintsugi.platform.problem.Problems;

/** The rules every practice write shares: when a couple may start something, and the touch agreement. */
final class Practice {

    private Practice() {
    }

    /** Something new may start only in a couple of two that is neither paused nor ended. */
    static void requireOpen(CoupleAccess.State state) {
        switch (state.status()) {
            case ENDED -> throw Problems.conflict("couple-ended",
                    "This couple has ended; nothing in it can change any more.");
            case PAUSED -> throw couplePaused();
            case FORMING -> throw Problems.conflict("couple-forming",
                    "Practice starts once both partners are in the couple.");
            case ACTIVE -> {
                // open
            }
        }
    }

    /** Touch exercises are open only while both current partners chose them, each in their own settings. */
    static boolean touchOpen(CoupleAccess.State state) {
        return state.status() != CoupleStatus.ENDED && state.partners().size() == 2
                && state.partners().stream().allMatch(partner -> partner.touchOptIn);
    }

    /** The gentle answer when touch is not open; it never says which partner has not chosen it. */
    static void requireTouchOpen(CoupleAccess.State state) {
        if (!touchOpen(state)) {
            throw Problems.conflict("touch-not-chosen", "Touch exercises open once both of you have chosen them in "
                    + "your own practice preferences. Nothing else is needed, and there is no hurry.");
        }
    }

    static ProblemException couplePaused() {
        return Problems.conflict("couple-paused", "The couple is paused: nothing new starts until it resumes.");
    }

    static ProblemException illegal(String what, String from, String to) {
        return Problems.conflict("illegal-transition", "A " + from + " " + what + " cannot become " + to + ".");
    }
}
