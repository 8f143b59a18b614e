package app.kintsugi.platform.openapi;

import java.util.Map;

/**
 * The examples and shared problem responses of support resources, kept apart from {@link Examples} so the feature owns
 * them.
 */
public final class SupportContract {

    private SupportContract() {
    }

    static void problems(Map<String, ProblemCatalog.Spec> specs) {
        // Filled in by the feature.
    }
}
