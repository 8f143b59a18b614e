package app.kintsugi.support.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts the conformance filter in front of RestAssured for every {@code @QuarkusTest}, in the class loader the test runs
 * in (registered in {@code META-INF/services}), so that no test can forget it.
 */
public class ConformanceInstaller implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(ConformanceFilter.INSTANCE)) {
            RestAssured.filters(ConformanceFilter.INSTANCE);
        }
    }
}
