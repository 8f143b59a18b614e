package app.kintsugi.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Text this API can keep: no NUL character (PostgreSQL refuses it in text, and C-based readers of an export would cut
 * the text short there) and no half of a surrogate pair (not a character at all: it cannot be encoded in UTF-8, so a
 * driver would store a replacement character instead, silently changing what was written). Body strings and query
 * values holding either are refused, naming the field or parameter; other control characters are each field's own rule.
 */
public final class SoundText {

    /** The {@code errors[].code} of a refused field or parameter. */
    public static final String CODE = "invalid-character";
    public static final String MESSAGE = "Text cannot contain a NUL character (U+0000) or half of a surrogate pair.";

    private SoundText() {
    }

    public static boolean isSound(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** Raised while a body is read; its path says where the text was, so the answer can name the field. */
    public static final class RefusedException extends MismatchedInputException {

        private static final long serialVersionUID = 1L;

        RefusedException(JsonParser parser) {
            // Never the text itself: it may be intimate.
            super(parser, "A string holds a NUL character or half of a surrogate pair", String.class);
        }
    }
}
