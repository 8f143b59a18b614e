package app.kintsugi.rights;

import app.kintsugi.platform.problem.ProblemType;

/** Problems only exports and erasures answer with. */
public enum DataRightsProblem implements ProblemType {

    /** The export is still being prepared. */
    EXPORT_NOT_READY(409, "export-not-ready", "This export is still being prepared. Follow its status and download it "
            + "once it is ready."),
    /** The export could not be prepared; it never will be. */
    EXPORT_FAILED(409, "export-failed", "This export could not be prepared. Ask for a new one."),
    /** The download period ended and the file was deleted. */
    EXPORT_EXPIRED(410, "export-expired", "This export's download period has ended and its file was deleted. Ask for "
            + "a new one.");

    private final Kind kind;

    DataRightsProblem(int status, String code, String detail) {
        this.kind = new Kind(status, code, detail);
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
