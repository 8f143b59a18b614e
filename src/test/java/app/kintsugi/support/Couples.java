package app.kintsugi.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Builds couples, invitations and counselor grants through the HTTP API, as a client would, for tests that need a
 * couple in a given state.
 */
public final class Couples {

    private Couples() {
    }

    /** A person with a stable subject, so that several requests act as the same person. */
    public record Actor(String subject, String token) {

        public static Actor user(String name) {
            String subject = name + "-" + UUID.randomUUID();
            return new Actor(subject, Tokens.sign(Tokens.claims(subject, "user").claim("given_name", name)));
        }

        public static Actor counselor(String name) {
            String subject = name + "-" + UUID.randomUUID();
            return new Actor(subject, Tokens.sign(Tokens.claims(subject, "counselor").claim("given_name", name)));
        }

        public static Actor withRoles(String name, String... roles) {
            String subject = name + "-" + UUID.randomUUID();
            return new Actor(subject, Tokens.sign(Tokens.claims(subject, roles).claim("given_name", name)));
        }

        /** Someone with no token at all. */
        public static Actor anonymous() {
            return new Actor("anonymous", null);
        }

        private RequestSpecification request() {
            return token == null ? given() : given().auth().oauth2(token);
        }

        public ValidatableResponse get(String path) {
            return request().when().get(path).then();
        }

        public ValidatableResponse post(String path) {
            return request().when().post(path).then();
        }

        public ValidatableResponse post(String path, Object body) {
            return request().contentType(ContentType.JSON).body(body).when().post(path).then();
        }

        public ValidatableResponse put(String path) {
            return request().when().put(path).then();
        }

        public ValidatableResponse put(String path, Object body) {
            return request().contentType(ContentType.JSON).body(body).when().put(path).then();
        }

        public ValidatableResponse delete(String path) {
            return request().when().delete(path).then();
        }
    }

    /** A couple with both partners in. */
    public record Pair(String coupleId, Actor a, Actor b) {
    }

    public static String create(Actor creator) {
        return creator.post("/v1/couples", Map.of("timeZone", "Europe/Lisbon")).statusCode(201).extract().path("id");
    }

    public static String invite(Actor partner, String coupleId) {
        return partner.post("/v1/couples/" + coupleId + "/invitations").statusCode(201).extract().path("code");
    }

    public static ValidatableResponse accept(Actor invitee, String code) {
        return invitee.post("/v1/invitation-acceptances", Map.of("code", code, "consent", true));
    }

    public static Pair pair() {
        Actor a = Actor.user("Sam");
        Actor b = Actor.user("Alex");
        String coupleId = create(a);
        accept(b, invite(a, coupleId)).statusCode(200);
        return new Pair(coupleId, a, b);
    }

    public static String linkCode(Actor counselor) {
        return counselor.post("/v1/counselor-links").statusCode(201).extract().path("code");
    }

    /** A counselor grant in force: A offers {@code offered}, B agrees to {@code agreed}. Answers the grant id. */
    public static String grant(Pair pair, Actor counselor, List<String> offered, List<String> agreed) {
        String grantId = pair.a().post("/v1/couples/" + pair.coupleId() + "/counselor-grants",
                Map.of("code", linkCode(counselor), "scopes", offered)).statusCode(201).extract().path("id");
        pair.b().put("/v1/couples/" + pair.coupleId() + "/counselor-grants/" + grantId + "/my-consent",
                Map.of("scopes", agreed)).statusCode(200);
        return grantId;
    }
}
