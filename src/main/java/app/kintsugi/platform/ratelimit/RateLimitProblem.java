package app.kintsugi.platform.ratelimit;

import java.util.List;
import java.util.Map;

import app.kintsugi.platform.problem.ProblemException;
import app.kintsugi.platform.problem.ProblemType;
import app.kintsugi.platform.problem.Problems;

/** The one problem the rate limits answer with. */
public enum RateLimitProblem implements ProblemType {

    RATE_LIMITED(429, "rate-limited",
            "Too many requests in a short time. Wait the number of seconds in Retry-After, then try again.");

    private final Kind kind;

    RateLimitProblem(int status, String code, String detail) {
        this.kind = new Kind(status, code, detail);
    }

    @Override
    public Kind kind() {
        return kind;
    }

    /** The problem with its {@code Retry-After}, ready to throw from the REST layer. */
    ProblemException exception(long retryAfterSeconds) {
        return new ProblemException(status(), code(), Problems.title(status()), detail(), List.of(),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }
}
