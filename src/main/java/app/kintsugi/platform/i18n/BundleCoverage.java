package app.kintsugi.platform.i18n;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Our own texts in the coverage report: every key of every bundle's English file, published in a language when that
 * language's file has it. These texts ship with the code, so they are never drafts or stale.
 */
@ApplicationScoped
class BundleCoverage implements TranslationCoverage {

    @Override
    public List<TranslationState> states(String language) {
        List<TranslationState> states = new ArrayList<>();
        for (String bundle : Texts.BUNDLES) {
            for (String key : Texts.keys(bundle)) {
                boolean present = Texts.find(bundle, key, language).isPresent();
                states.add(new TranslationState("message", bundle + ":" + key, null,
                        present ? TranslationStatus.PUBLISHED : TranslationStatus.MISSING));
            }
        }
        return states;
    }
}
