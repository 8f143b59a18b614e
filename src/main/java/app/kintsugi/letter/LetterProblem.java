package app.kintsugi.letter;

import app.kintsugi.platform.problem.ProblemType;

/** The problems only repair letters answer with; the couple's state and illegal moves are shared kinds. */
enum LetterProblem implements ProblemType {

    NOT_AUTHOR(403, "not-author", "Only the letter's author can change it."),

    LETTER_SHARED(409, "letter-shared", "A shared letter never changes. Write a new letter that follows it instead."),

    OWN_LETTER(409, "own-letter", "The partner who received the letter marks it read aloud together, not its author.");

    private final int status;
    private final String code;
    private final String detail;

    LetterProblem(int status, String code, String detail) {
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
