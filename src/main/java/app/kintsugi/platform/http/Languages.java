package app.kintsugi.platform.http;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Content negotiation by {@code Accept-Language} (RFC 9110 §12.5.4 with RFC 4647 lookup): the best language the content
 * exists in, English when none of the caller's fits. A malformed header is treated as absent rather than refused, as
 * browsers and proxies send odd values.
 */
public final class Languages {

    /** The language every text exists in. */
    public static final String FALLBACK = "en";

    private Languages() {
    }

    /**
     * The best of {@code available} for the header; when none fits (or there is no header), the best for the caller's
     * profile locale, asked for only then; otherwise {@link #FALLBACK}.
     */
    public static String negotiate(String acceptLanguage, Supplier<Optional<String>> profileLocale,
            Collection<String> available) {
        String chosen = lookup(acceptLanguage, available);
        if (chosen != null) {
            return chosen;
        }
        String profiled = profileLocale.get().map(locale -> lookup(locale, available)).orElse(null);
        return profiled == null ? FALLBACK : profiled;
    }

    /** The best of {@code available} for the header, or {@link #FALLBACK}. */
    public static String negotiate(String acceptLanguage, Collection<String> available) {
        String chosen = lookup(acceptLanguage, available);
        return chosen == null ? FALLBACK : chosen;
    }

    /** RFC 4647 lookup: the best of {@code available} for the ranges, or null when none fits. */
    private static String lookup(String acceptLanguage, Collection<String> available) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            return ranges.isEmpty() ? null : Locale.lookupTag(ranges, available);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // The JDK's parser and lookup throw both for malformed headers (a bare "-", say, once answered 500).
            return null;
        }
    }
}
