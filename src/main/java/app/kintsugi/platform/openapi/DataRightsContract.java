package app.kintsugi.platform.openapi;

import java.util.Map;

/**
 * The examples and shared problem responses of export and erasure, kept apart from {@link Examples} so the feature owns
 * them.
 */
public final class DataRightsContract {

    private DataRightsContract() {
    }

    static void problems(Map<String, ProblemCatalog.Spec> specs) {
        // Filled in by the feature.
    }
}
