package app.kintsugi.exercise;

import app.kintsugi.platform.problem.ProblemType;

/** The problems of translating the catalogue (exercise versions and prompt sets). */
enum TranslationProblem implements ProblemType {

    TRANSLATION_NOT_FOUND(404, "not-found", "This item has no translation in that language."),

    TRANSLATION_STALE(409, "translation-stale",
            "The source text changed after this translation was written. Revise it with PUT, then publish it.");

    private final Kind kind;

    TranslationProblem(int status, String code, String detail) {
        this.kind = new Kind(status, code, detail);
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
