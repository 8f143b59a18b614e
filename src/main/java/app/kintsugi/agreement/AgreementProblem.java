package app.kintsugi.agreement;

import app.kintsugi.platform.problem.ProblemType;

/**
 * Problems only agreements answer with. Couple states ({@code couple-paused}, {@code couple-forming},
 * {@code couple-ended}) and {@code illegal-transition} are the shared kinds, thrown with this feature's own detail.
 */
public enum AgreementProblem implements ProblemType {

    /** The version asked for was set aside by a newer one, or already took effect. */
    VERSION_NOT_PENDING(409, "version-not-pending", "This version is no longer waiting for acceptance. Read the newest "
            + "version, and accept it if it suits you both.");

    private final int status;
    private final String code;
    private final String detail;

    AgreementProblem(int status, String code, String detail) {
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
