package app.kintsugi.helpline;

import app.kintsugi.platform.problem.ProblemType;

/** The problems only the directory of support resources answers with. */
enum HelplineProblem implements ProblemType {

    RESOURCE_RETIRED(409, "resource-retired", "A retired resource is not edited; add a new one if it is needed again.");

    private final int status;
    private final String code;
    private final String detail;

    HelplineProblem(int status, String code, String detail) {
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
