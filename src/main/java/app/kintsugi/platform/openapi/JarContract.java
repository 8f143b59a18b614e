package app.kintsugi.platform.openapi;

import java.util.Map;

/**
 * The examples and shared problem responses of the "trust me" jar, kept apart from {@link Examples} so the feature owns
 * them.
 */
public final class JarContract {

    private JarContract() {
    }

    static void problems(Map<String, ProblemCatalog.Spec> specs) {
        // Filled in by the feature.
    }
}
