package app.kintsugi.counselor;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Couples.Pair;

/** The refusals of counselor links, grants and consent that the access tests do not meet on their way. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CounselorRefusalsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aCodeTheCounselorWithdrewOrThatExpiredOpensNothing() {
        Pair pair = Couples.pair();
        Actor counselor = Actor.counselor("Rivera");
        String grants = "/v1/couples/" + pair.coupleId() + "/counselor-grants";

        String revoked = counselor.post("/v1/counselor-links").statusCode(201).extract().path("code");
        String revokedId = counselor.get("/v1/counselor-links?limit=1").extract().path("items[0].id");
        counselor.delete("/v1/counselor-links/" + revokedId).statusCode(200).body("status", equalTo("revoked"));
        assertProblem(pair.a().post(grants, Map.of("code", revoked, "scopes", List.of("progress"))), 410,
                "link-revoked");

        String expired = counselor.post("/v1/counselor-links").statusCode(201).extract().path("code");
        String expiredId = counselor.get("/v1/counselor-links?limit=1").extract().path("items[0].id");
        expire(expiredId);
        counselor.get("/v1/counselor-links/" + expiredId).statusCode(200).body("status", equalTo("expired"));
        assertProblem(pair.a().post(grants, Map.of("code", expired, "scopes", List.of("progress"))), 410,
                "link-expired");
        // Only an open link can be withdrawn.
        assertProblem(counselor.delete("/v1/counselor-links/" + expiredId), 409, "link-not-open");

        String used = counselor.post("/v1/counselor-links").statusCode(201).extract().path("code");
        String usedId = counselor.get("/v1/counselor-links?limit=1").extract().path("items[0].id");
        pair.a().post(grants, Map.of("code", used, "scopes", List.of("progress"))).statusCode(201);
        assertProblem(counselor.delete("/v1/counselor-links/" + usedId), 409, "link-not-open");
        pair.a().get(grants).statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void consentWaitsForAnOpenGrantAndACoupleThatIsNotPaused() {
        Pair pair = Couples.pair();
        String grants = "/v1/couples/" + pair.coupleId() + "/counselor-grants";
        String grantId = pair.a().post(grants, Map.of("code", Couples.linkCode(Actor.counselor("Rivera")),
                "scopes", List.of("progress"))).statusCode(201).extract().path("id");

        // A pause holds every new access back, consent included; the grant waits.
        pair.a().put("/v1/couples/" + pair.coupleId() + "/my-pause").statusCode(200);
        assertProblem(pair.b().put(grants + "/" + grantId + "/my-consent", Map.of("scopes", List.of("progress"))),
                409, "couple-paused")
                .body("detail", equalTo("The couple is paused: no new counselor can be given access until it "
                        + "resumes."));
        pair.b().get(grants + "/" + grantId).statusCode(200).body("status", equalTo("awaiting-consent"));
        pair.a().delete("/v1/couples/" + pair.coupleId() + "/my-pause").statusCode(200);

        // A grant revoked before the other partner agreed cannot be brought back by agreeing.
        pair.a().delete(grants + "/" + grantId).statusCode(200).body("status", equalTo("revoked"));
        assertProblem(pair.b().put(grants + "/" + grantId + "/my-consent", Map.of("scopes", List.of("progress"))),
                409, "grant-not-awaiting-consent");
        pair.b().get(grants + "/" + grantId).statusCode(200).body("status", equalTo("revoked"));
    }

    @Test
    void guessingCounselorCodesIsThrottledPerCaller() {
        Pair pair = Couples.pair();
        String grants = "/v1/couples/" + pair.coupleId() + "/counselor-grants";
        String code = Couples.linkCode(Actor.counselor("Rivera"));
        for (int i = 0; i < 5; i++) {
            assertProblem(pair.a().post(grants, Map.of("code", "AAAAA-BBBBB-CCCCC-DDDD" + i, "scopes",
                    List.of("progress"))), 404, "not-found");
        }
        assertProblem(pair.a().post(grants, Map.of("code", code, "scopes", List.of("progress"))), 429,
                "too-many-attempts")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        // The other partner has a budget of their own.
        pair.b().post(grants, Map.of("code", code, "scopes", List.of("progress"))).statusCode(201);
    }

    @Test
    void bodiesThatAreNotJsonAreRefusedBeforeAnythingHappens() {
        Pair pair = Couples.pair();
        String grants = "/v1/couples/" + pair.coupleId() + "/counselor-grants";
        assertProblem(pair.a().post(grants, "{\"code\": 'R4W8N'}"), 400, "malformed-json");
        pair.a().get(grants).statusCode(200).body("items.size()", equalTo(0));
        String grantId = pair.a().post(grants, Map.of("code", Couples.linkCode(Actor.counselor("Rivera")),
                "scopes", List.of("progress"))).statusCode(201).extract().path("id");
        assertProblem(pair.b().put(grants + "/" + grantId + "/my-consent", "{\"scopes\": [\"progress\"],}"), 400,
                "malformed-json");
        pair.b().get(grants + "/" + grantId).statusCode(200).body("status", equalTo("awaiting-consent"));
    }

    private void expire(String linkId) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update counselor_link set expires_at = now() - interval '1 second' where id = ?1")
                .setParameter(1, UUID.fromString(linkId))
                .executeUpdate());
    }
}
