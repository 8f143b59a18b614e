package app.kintsugi.letter;

import app.kintsugi.platform.problem.ProblemType;

/** The problems only repair letters answer with; the couple's state and illegal moves are shared kinds. */
enum LetterProblem implements ProblemType {

    NOT_AUTHOR(403, "not-author", "Only the letter's author can change it."),

    LETTER_SHARED(409, "letter-shared", "A shared letter never changes. Write a new letter that follows it instead."),

    OWN_LETTER(409, "own-letter", "The partner who received the letter marks it read aloud together, not its author.");

    private final Kind kind;

    LetterProblem(int status, String code, String detail) {
        this.kind = new Kind(status, code, detail);
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
