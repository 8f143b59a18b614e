package app.kintsugi.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * One kind of problem a feature can answer with: its status, its stable {@code code} and the detail it usually carries.
 * Each feature declares its kinds once, as an enum beside the code that throws them, and both the throw sites and the
 * feature's documented responses use the same constant, so the published catalogue cannot drift from what is sent.
 */
public interface ProblemType {

    /** What a kind of problem is: its status, its code and its usual detail. */
    record Kind(int status, String code, String detail) {
    }

    /** This constant's kind. */
    Kind kind();

    /** The HTTP status this problem answers with. */
    default int status() {
        return kind().status();
    }

    /** The stable, machine-readable code clients switch on. */
    default String code() {
        return kind().code();
    }

    /** The detail sent when the throw site has nothing more specific to say; also the documented example's detail. */
    default String detail() {
        return kind().detail();
    }

    /** The problem, ready to throw, with the usual detail. */
    default ProblemException exception() {
        return exception(detail());
    }

    /** The problem, ready to throw, with a detail of the throw site's own. */
    default ProblemException exception(String detail) {
        return new ProblemException(status(), code(), Problems.title(status()), detail, List.of(), Map.of());
    }
}
