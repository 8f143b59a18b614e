package app.kintsugi.platform.openapi;

import java.util.Map;

/**
 * The examples and shared problem responses of boundary agreements and concerns, kept apart from {@link Examples} so
 * the feature owns them.
 */
public final class AgreementContract {

    private AgreementContract() {
    }

    static void problems(Map<String, ProblemCatalog.Spec> specs) {
        // Filled in by the feature.
    }
}
