package app.kintsugi.practice;

import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.couple.CoupleProblem;
import app.kintsugi.couple.CoupleStatus;
import app.kintsugi.platform.problem.CommonProblem;
import app.kintsugi.platform.problem.ProblemException;

/** The rules every practice write shares: when a couple may start something, and the touch agreement. */
final class Practice {

    private Practice() {
    }

    /** Something new may start only in a couple of two that is neither paused nor ended. */
    static void requireOpen(CoupleAccess.State state) {
        switch (state.status()) {
            case ENDED -> throw CoupleProblem.COUPLE_ENDED.exception();
            case PAUSED -> throw CoupleProblem.COUPLE_PAUSED.exception();
            case FORMING -> throw CoupleProblem.COUPLE_FORMING.exception();
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
            throw PracticeProblem.TOUCH_NOT_CHOSEN.exception();
        }
    }

    static ProblemException illegal(String what, String from, String to) {
        return CommonProblem.ILLEGAL_TRANSITION.exception("A " + from + " " + what + " cannot become " + to + ".");
    }
}
