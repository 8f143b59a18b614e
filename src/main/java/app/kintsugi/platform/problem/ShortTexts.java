package app.kintsugi.platform.problem;

import java.util.Optional;

/** The rules for texts people write: one-line (display names, a couple's name) and of several lines. */
public final class ShortTexts {

    private ShortTexts() {
    }

    /**
     * What is wrong with a stripped one-line text, if anything: empty, longer than {@code max} code points, or holding
     * control characters such as line breaks.
     *
     * @param field
     *            JSON pointer of the field, for {@code errors[].field}
     * @param noun
     *            how messages name the field, such as {@code "A display name"}
     */
    public static Optional<Problem.FieldError> problem(String field, String noun, String text, int max) {
        if (text == null || text.isEmpty()) {
            return Optional.of(new Problem.FieldError(field, "blank", noun + " cannot be empty."));
        }
        if (text.codePointCount(0, text.length()) > max) {
            return Optional
                    .of(new Problem.FieldError(field, "too-long", noun + " has at most " + max + " characters."));
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of(new Problem.FieldError(field, "control-character",
                    noun + " cannot contain control characters such as line breaks."));
        }
        return Optional.empty();
    }

    /**
     * The rule for texts of several lines (summaries, notes, letters): as for one-line texts, except that line breaks
     * and tabs are allowed. Length counts code points, so an emoji counts once.
     */
    public static Optional<Problem.FieldError> paragraphs(String field, String noun, String text, int max) {
        if (text == null || text.isBlank()) {
            return Optional.of(new Problem.FieldError(field, "blank", noun + " cannot be empty."));
        }
        if (text.codePointCount(0, text.length()) > max) {
            return Optional
                    .of(new Problem.FieldError(field, "too-long", noun + " has at most " + max + " characters."));
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            return Optional.of(new Problem.FieldError(field, "control-character",
                    noun + " cannot contain control characters other than line breaks and tabs."));
        }
        return Optional.empty();
    }
}
