package app.kintsugi.platform.problem;

import java.util.Optional;

/** The rule for one-line texts people give each other to see (display names, a couple's name). */
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
}
