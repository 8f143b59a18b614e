package app.kintsugi.platform.i18n;

import java.util.List;

/**
 * One kind of translatable item (exercises, prompt sets, support resources, our own texts) as the coverage report sees
 * it. Each feature that owns translatable items provides one bean; the report adds them up per language.
 */
public interface TranslationCoverage {

    /** Every item of this kind and where its translation into {@code language} stands. */
    List<TranslationState> states(String language);
}
