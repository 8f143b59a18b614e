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

    private final Kind kind;

    AgreementProblem(int status, String code, String detail) {
        this.kind = new Kind(status, code, detail);
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
