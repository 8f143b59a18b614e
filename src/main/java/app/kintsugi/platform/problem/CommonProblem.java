package app.kintsugi.platform.problem;

/** Problems that mean the same in every feature; each throw site gives its own detail. */
public enum CommonProblem implements ProblemType {

    ILLEGAL_TRANSITION(409, "illegal-transition", "This status cannot follow the current one."),

    /** The database cannot be reached for now (an outage, a restart, a statement over its time limit). */
    SERVICE_UNAVAILABLE(503, "service-unavailable",
            "The service is briefly unavailable. Retry after the number of seconds in Retry-After.");

    private final Kind kind;

    CommonProblem(int status, String code, String detail) {
        this.kind = new Kind(status, code, detail);
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
