package app.kintsugi.counselor;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Couples.Pair;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CounselorAccessTest {

    @Test
    void aCounselorSeesTheCoupleOnlyOnceBothConsentAndEveryReadIsLogged() {
        Pair pair = Couples.pair();
        Actor counselor = Actor.counselor("Rivera");
        String path = "/v1/couples/" + pair.coupleId();
        String code = counselor.post("/v1/counselor-links").statusCode(201)
                .body("status", equalTo("open"))
                .body("code", notNullValue())
                .extract().path("code");

        String grantId = pair.a().post(path + "/counselor-grants",
                Map.of("code", code, "scopes", List.of("progress", "sessions", "sharedJournal"))).statusCode(201)
                .body("status", equalTo("awaiting-consent"))
                .body("counselor.displayName", equalTo("Rivera"))
                .body("offeredScopes", containsInAnyOrder("progress", "sessions", "sharedJournal"))
                .body("requestedByYou", equalTo(true))
                .body("awaitingYourConsent", equalTo(false))
                .body("$", not(hasKey("scopes")))
                .extract().path("id");
        counselor.get("/v1/counselor-links").statusCode(200).body("items[0].status", equalTo("used"))
                .body("items[0]", not(hasKey("code")));

        // One partner's consent is not enough.
        assertProblem(counselor.get(path), 404, "not-found");
        counselor.get("/v1/counselor/couples").statusCode(200).body("items", empty());
        pair.b().get(path + "/counselor-grants/" + grantId).statusCode(200)
                .body("awaitingYourConsent", equalTo(true))
                .body("requestedByYou", equalTo(false));

        assertProblem(pair.b().put(path + "/counselor-grants/" + grantId + "/my-consent",
                Map.of("scopes", List.of("progress", "commitments"))), 422, "validation-failed")
                .body("errors[0].code", equalTo("scope-not-offered"));
        assertProblem(pair.b().put(path + "/counselor-grants/" + grantId + "/my-consent",
                Map.of("scopes", List.of("telepathy"))), 422, "validation-failed");
        assertProblem(pair.a().put(path + "/counselor-grants/" + grantId + "/my-consent",
                Map.of("scopes", List.of("progress"))), 409, "already-consented");

        // The effective scopes are those both agreed to.
        pair.b().put(path + "/counselor-grants/" + grantId + "/my-consent",
                Map.of("scopes", List.of("progress", "sessions"))).statusCode(200)
                .body("status", equalTo("active"))
                .body("scopes", containsInAnyOrder("progress", "sessions"))
                .body("yourScopes", containsInAnyOrder("progress", "sessions"));
        assertProblem(pair.b().put(path + "/counselor-grants/" + grantId + "/my-consent",
                Map.of("scopes", List.of("progress"))), 409, "already-consented");

        counselor.get(path).statusCode(200)
                .body("yourRole", equalTo("counselor"))
                .body("counselorScopes", containsInAnyOrder("progress", "sessions"))
                .body("partners.displayName", containsInAnyOrder("Sam", "Alex"))
                .body("partners.you", everyItem(equalTo(false)))
                .body("$", not(hasKey("pausedByYou")));
        counselor.get("/v1/counselor/couples").statusCode(200)
                .body("items.id", contains(pair.coupleId()))
                .body("items[0].counselorScopes", containsInAnyOrder("progress", "sessions"));
        counselor.get("/v1/test-probes/couples/" + pair.coupleId() + "/progress").statusCode(200)
                .body("counselor", equalTo(true));
        // A scope only one partner offered stays closed.
        assertProblem(counselor.get("/v1/test-probes/couples/" + pair.coupleId() + "/sharedJournal"), 404,
                "not-found");

        // Both partners see each read: who, what kind, when, and nothing else.
        for (Actor partner : List.of(pair.a(), pair.b())) {
            partner.get(path + "/access-log").statusCode(200)
                    .body("items", hasSize(3))
                    .body("items.dataKind", contains("progress", "couple", "couple"))
                    .body("items.counselor.displayName", everyItem(equalTo("Rivera")))
                    .body("items.grantId", everyItem(equalTo(grantId)))
                    .body("items[0].keySet()", containsInAnyOrder("id", "counselor", "grantId", "dataKind",
                            "accessedAt"));
        }
        pair.a().get(path + "/access-log?limit=2").statusCode(200).body("items", hasSize(2))
                .body("nextCursor", notNullValue());

        // Either partner revokes alone, and access ends at once.
        pair.b().delete(path + "/counselor-grants/" + grantId).statusCode(200)
                .body("status", equalTo("revoked"))
                .body("revokedAt", notNullValue())
                .body("$", not(hasKey("revokedBy")));
        assertProblem(counselor.get(path), 404, "not-found");
        counselor.get("/v1/counselor/couples").statusCode(200).body("items", empty());
        pair.a().get(path + "/counselor-grants/" + grantId).statusCode(200).body("status", equalTo("revoked"));
        pair.a().delete(path + "/counselor-grants/" + grantId).statusCode(200).body("status", equalTo("revoked"));
        pair.a().get(path + "/access-log").statusCode(200).body("items", hasSize(3));
    }

    @Test
    void codesAndGrantsAreCheckedBeforeAnythingChanges() {
        Pair pair = Couples.pair();
        Actor counselor = Actor.counselor("Rivera");
        String path = "/v1/couples/" + pair.coupleId() + "/counselor-grants";
        String code = Couples.linkCode(counselor);

        assertProblem(pair.a().post(path, Map.of("code", code, "scopes", List.of())), 422, "validation-failed")
                .body("errors[0].field", equalTo("/scopes"));
        assertProblem(pair.a().post(path, Map.of("code", code, "scopes", List.of("progress"), "expiresAt",
                Instant.now().plus(400, ChronoUnit.DAYS).toString())), 422, "validation-failed")
                .body("errors[0].field", equalTo("/expiresAt"));
        assertProblem(pair.a().post(path, Map.of("code", code, "scopes", List.of("progress"), "expiresAt",
                Instant.now().minusSeconds(60).toString())), 422, "validation-failed");
        assertProblem(pair.a().post(path, Map.of("code", "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ", "scopes", List.of("progress"))),
                404, "not-found");

        String expiresAt = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        pair.a().post(path, Map.of("code", code, "scopes", List.of("progress"), "expiresAt", expiresAt))
                .statusCode(201).body("expiresAt", equalTo(expiresAt));
        assertProblem(pair.b().post(path, Map.of("code", code, "scopes", List.of("progress"))), 410, "link-used");
        assertProblem(pair.b().post(path, Map.of("code", Couples.linkCode(counselor), "scopes",
                List.of("progress"))), 409, "counselor-already-linked");

        String revoked = counselor.post("/v1/counselor-links").extract().path("id");
        String revokedCode = counselor.delete("/v1/counselor-links/" + revoked).statusCode(200)
                .body("status", equalTo("revoked")).extract().path("code");
        org.junit.jupiter.api.Assertions.assertNull(revokedCode);

        // A counselor cannot counsel their own couple; a forming couple cannot have one yet.
        Actor dual = Actor.withRoles("Dual", "user", "counselor");
        String own = Couples.create(dual);
        assertProblem(dual.post("/v1/couples/" + own + "/counselor-grants",
                Map.of("code", Couples.linkCode(dual), "scopes", List.of("progress"))), 409, "couple-forming");
        Couples.accept(Actor.user("Partner"), Couples.invite(dual, own)).statusCode(200);
        assertProblem(dual.post("/v1/couples/" + own + "/counselor-grants",
                Map.of("code", Couples.linkCode(dual), "scopes", List.of("progress"))), 409, "counselor-is-partner");
    }

    @Test
    void stopSharingDoesEverythingAtOnceForTheCallerAlone() {
        Pair pair = Couples.pair();
        Actor counselor = Actor.counselor("Rivera");
        String path = "/v1/couples/" + pair.coupleId();
        String grantId = Couples.grant(pair, counselor, List.of("progress"), List.of("progress"));
        String pending = pair.b().post(path + "/counselor-grants",
                Map.of("code", Couples.linkCode(Actor.counselor("Okafor")), "scopes", List.of("sessions")))
                .statusCode(201).extract().path("id");
        counselor.get(path).statusCode(200);

        pair.a().post(path + "/sharing-stops").statusCode(200)
                .body("revokedCounselorGrants", containsInAnyOrder(grantId, pending))
                .body("paused", equalTo(true))
                .body("madeNewItemsPrivate", equalTo(true))
                .body("couple.status", equalTo("paused"))
                .body("couple.pausedByYou", equalTo(true))
                .body("couple.newItemsPrivateByDefault", equalTo(true));
        assertProblem(counselor.get(path), 404, "not-found");

        // Idempotent: a second call changes nothing and says so.
        pair.a().post(path + "/sharing-stops").statusCode(200)
                .body("revokedCounselorGrants", empty())
                .body("revokedInvitations", empty())
                .body("paused", equalTo(false))
                .body("madeNewItemsPrivate", equalTo(false));

        // The other partner learns only that the couple is paused; their own defaults are untouched.
        pair.b().get(path).statusCode(200)
                .body("status", equalTo("paused"))
                .body("pausedByYou", equalTo(false))
                .body("newItemsPrivateByDefault", equalTo(false));
        // While paused nothing new is shared: no new counselor.
        assertProblem(pair.b().post(path + "/counselor-grants",
                Map.of("code", Couples.linkCode(counselor), "scopes", List.of("progress"))), 409, "couple-paused");

        // The caller alone turns the private default off again when ready; the other partner cannot.
        assertProblem(pair.a().put(path + "/my-sharing-defaults", Map.of()), 422, "validation-failed");
        assertProblem(pair.a().put(path + "/my-sharing-defaults", Map.of("newItemsPrivateByDefault", "maybe")), 422,
                "validation-failed");
        pair.b().put(path + "/my-sharing-defaults", Map.of("newItemsPrivateByDefault", false)).statusCode(200);
        pair.a().get(path).body("newItemsPrivateByDefault", equalTo(true));
        pair.a().put(path + "/my-sharing-defaults", Map.of("newItemsPrivateByDefault", false)).statusCode(200)
                .body("newItemsPrivateByDefault", equalTo(false))
                .body("status", equalTo("paused"));
        assertProblem(Actor.user("Outsider").put(path + "/my-sharing-defaults",
                Map.of("newItemsPrivateByDefault", true)), 404, "not-found");
    }

    @Test
    void leavingEndsEveryGrantAndTheLogStaysReadable() {
        Pair pair = Couples.pair();
        Actor counselor = Actor.counselor("Rivera");
        String path = "/v1/couples/" + pair.coupleId();
        Couples.grant(pair, counselor, List.of("progress"), List.of("progress"));
        counselor.get(path).statusCode(200);
        pair.b().delete(path + "/my-membership").statusCode(200);
        assertProblem(counselor.get(path), 404, "not-found");
        pair.a().get(path + "/access-log").statusCode(200).body("items", hasSize(1));
        pair.b().get(path + "/access-log").statusCode(200).body("items", hasSize(1));
        pair.a().get(path + "/counselor-grants").statusCode(200).body("items[0].status", equalTo("revoked"));
    }
}
