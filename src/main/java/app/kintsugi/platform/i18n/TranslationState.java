package app.kintsugi.platform.i18n;

/**
 * Where one item stands in one language: {@code kind} and {@code item} name it ({@code exercise} and a slug, say),
 * {@code version} is set for versioned items only.
 */
public record TranslationState(String kind, String item, Integer version, TranslationStatus state) {
}
