package app.kintsugi.platform.openapi;

import java.util.Map;

/**
 * The examples and shared problem responses of pulse check-ins and progress, kept apart from {@link Examples} so the
 * feature owns them.
 */
public final class ProgressContract {

    private ProgressContract() {
    }

    static void problems(Map<String, ProblemCatalog.Spec> specs) {
        // Filled in by the feature.
    }
}
