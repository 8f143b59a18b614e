package app.kintsugi.couple;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Couples.Pair;

/** The refusals of couple and invitation operations that the lifecycle tests do not meet on their way. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CoupleRefusalsTest {

    @Test
    void anEndedCoupleRefusesEveryChangeWithTheSameCode() {
        Pair pair = Couples.pair();
        String path = "/v1/couples/" + pair.coupleId();
        String invitationId = pair.a().get(path + "/invitations").statusCode(200).extract().path("items[0].id");
        String pendingGrant = pair.a().post(path + "/counselor-grants", Map.of("code",
                Couples.linkCode(Actor.counselor("Rivera")), "scopes", List.of("progress"))).statusCode(201)
                .extract().path("id");
        pair.b().delete(path + "/my-membership").statusCode(200).body("status", equalTo("ended"));

        for (Actor former : List.of(pair.a(), pair.b())) {
            assertProblem(former.put(path + "/my-pause"), 409, "couple-ended");
            assertProblem(former.delete(path + "/my-pause"), 409, "couple-ended");
            assertProblem(former.delete(path + "/my-membership"), 409, "couple-ended");
            assertProblem(former.put(path + "/my-sharing-defaults", Map.of("newItemsPrivateByDefault", false)), 409,
                    "couple-ended");
            assertProblem(former.post(path + "/invitations"), 409, "couple-ended");
            assertProblem(former.delete(path + "/invitations/" + invitationId), 409, "couple-ended");
            assertProblem(former.post(path + "/counselor-grants", Map.of("code",
                    Couples.linkCode(Actor.counselor("Okafor")), "scopes", List.of("progress"))), 409,
                    "couple-ended");
            assertProblem(former.put(path + "/counselor-grants/" + pendingGrant + "/my-consent",
                    Map.of("scopes", List.of("progress"))), 409, "couple-ended");
            // Reading stays possible, and the couple says why nothing changes.
            former.get(path).statusCode(200).body("status", equalTo("ended"));
        }
    }

    @Test
    void aPausedCoupleInvitesNobody() {
        Actor sam = Actor.user("Sam");
        String coupleId = Couples.create(sam);
        sam.put("/v1/couples/" + coupleId + "/my-pause").statusCode(200).body("status", equalTo("paused"));
        assertProblem(sam.post("/v1/couples/" + coupleId + "/invitations"), 409, "couple-paused")
                .body("detail", equalTo("The couple is paused: nobody new can be invited until it resumes."));
        sam.delete("/v1/couples/" + coupleId + "/my-pause").statusCode(200).body("status", equalTo("forming"));
        Couples.invite(sam, coupleId);
    }

    @Test
    void bodiesThatAreNotJsonAreRefusedBeforeAnythingHappens() {
        Actor sam = Actor.user("Sam");
        assertProblem(sam.post("/v1/couples", "{\"name\": \"Us\",}"), 400, "malformed-json");
        sam.get("/v1/couples").statusCode(200).body("items.size()", equalTo(0));

        String coupleId = Couples.create(sam);
        assertProblem(sam.put("/v1/couples/" + coupleId + "/my-sharing-defaults", "{newItemsPrivateByDefault: false}"),
                400,
                "malformed-json");
        assertProblem(Actor.user("Alex").post("/v1/invitation-acceptances", "{\"code\": \"7KQ2M\" \"consent\": true}"),
                400,
                "malformed-json");
        sam.get("/v1/couples/" + coupleId).statusCode(200).body("status", equalTo("forming"));
    }
}
