package app.kintsugi.platform.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

import app.kintsugi.platform.Vocabulary;
import app.kintsugi.platform.problem.Problems;

/** Typed values of query parameters: a bad value is a 400 that names the parameter and what it accepts. */
public final class QueryValues {

    private QueryValues() {
    }

    /** One of an enum's JSON words. */
    public static <E extends Enum<E> & Vocabulary> Optional<E> word(Class<E> type, String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(Vocabulary.parse(type, value).orElseThrow(() -> Problems.invalidParameter(name,
                "unknown-value", name + " is one of "
                        + Arrays.stream(type.getEnumConstants()).map(Vocabulary::json).toList() + ".")));
    }

    /** An ISO date such as 2026-11-23. */
    public static Optional<LocalDate> date(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw Problems.invalidParameter(name, "invalid-date", name + " is a date such as 2026-11-23.");
        }
    }
}
