package app.kintsugi.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.ValidatableResponse;

/** What every problem answer must look like, whatever the status. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .header("X-Request-Id", notNullValue())
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("type", equalTo("https://kintsugi.app/problems/" + code))
                .body("title", notNullValue())
                .body("requestId", matchesPattern("[A-Za-z0-9._:-]{8,128}"))
                // Nothing of the implementation leaks into an answer.
                .body(not(containsString("Exception")))
                .body(not(containsString("app.kintsugi")))
                .body(not(containsString("\tat ")));
    }
}
