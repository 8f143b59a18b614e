package app.kintsugi.platform.problem;

/** Problems that mean the same in every feature; each throw site gives its own detail. */
public enum CommonProblem implements ProblemType {

    ILLEGAL_TRANSITION(409, "illegal-transition", "This status cannot follow the current one.");

    private final int status;
    private final String code;
    private final String detail;

    CommonProblem(int status, String code, String detail) {
        this.status = status;
        this.code = code;
        this.detail = detail;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String detail() {
        return detail;
    }
}
