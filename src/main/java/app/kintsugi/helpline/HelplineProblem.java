package app.kintsugi.helpline;

import app.kintsugi.platform.problem.ProblemType;

/** The problems only the directory of support resources answers with. */
enum HelplineProblem implements ProblemType {

    RESOURCE_RETIRED(409, "resource-retired", "A retired resource is not edited; add a new one if it is needed again."),

    TRANSLATION_STALE(409, "translation-stale", "The resource's description changed after this translation was "
            + "written. Bring the translation up to date with PUT, then publish it.");

    private final Kind kind;

    HelplineProblem(int status, String code, String detail) {
        this.kind = new Kind(status, code, detail);
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
