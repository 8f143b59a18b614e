package app.kintsugi.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * An enum whose constants travel as fixed JSON words (camelCase), so that a Java rename never changes the contract or
 * the values stored in the database.
 */
public interface Vocabulary {

    /** The word used in JSON and in the database. */
    String json();

    /** The constant for a word, if it is one. */
    static <E extends Enum<E> & Vocabulary> Optional<E> parse(Class<E> type, String json) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.json().equals(json)).findFirst();
    }
}
