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
            String match = Locale.lookupTag(ranges, available);
            return match == null ? FALLBACK : match;
        } catch (IllegalArgumentException e) {
            return FALLBACK;
        }
    }
}
