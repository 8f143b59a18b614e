package app.kintsugi.platform.http;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

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

    /** The best of {@code available} for the header, or {@link #FALLBACK}. */
    public static String negotiate(String acceptLanguage, Collection<String> available) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return FALLBACK;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            if (ranges.isEmpty()) {
                return FALLBACK;
            }
            String match = Locale.lookupTag(ranges, available);
            return match == null ? FALLBACK : match;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // The JDK's parser and lookup throw both for malformed headers (a bare "-", say, once answered 500).
            return FALLBACK;
        }
    }
}
