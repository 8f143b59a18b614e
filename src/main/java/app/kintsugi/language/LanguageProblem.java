package app.kintsugi.language;

import app.kintsugi.platform.problem.ProblemType;

/** The problems of the language report. */
enum LanguageProblem implements ProblemType {

    UNKNOWN_LANGUAGE(404, "not-found",
            "This is not a language tag the report knows; use a BCP 47 tag such as es or pt-BR (English is the source)."),

    NOT_A_TARGET(404, "not-found", "This language is not a target language.");

    private final Kind kind;

    LanguageProblem(int status, String code, String detail) {
        this.kind = new Kind(status, code, detail);
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
