package app.kintsugi.couple;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

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

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CoupleLifecycleTest {

    @Inject
    EntityManager entityManager;

    @Test
    void twoPeopleFormACoupleAndBothSeeIt() {
        Actor sam = Actor.user("Sam");
        Actor alex = Actor.user("Alex");
        String coupleId = sam.post("/v1/couples",
                Map.of("name", " Our fresh start ", "timeZone", "Europe/Lisbon", "programStartsOn", "2026-12-01"))
                .statusCode(201)
                .header("Location", matchesPattern("http://.*/v1/couples/[0-9a-f-]{36}"))
                .body("name", equalTo("Our fresh start"))
                .body("timeZone", equalTo("Europe/Lisbon"))
                .body("programStartsOn", equalTo("2026-12-01"))
                .body("status", equalTo("forming"))
                .body("yourRole", equalTo("partner"))
                .body("partners.displayName", contains("Sam"))
                .body("partners[0].you", equalTo(true))
                .extract().path("id");

        String code = sam.post("/v1/couples/" + coupleId + "/invitations").statusCode(201)
                .header("Location", matchesPattern(".*/v1/couples/" + coupleId + "/invitations/[0-9a-f-]{36}"))
                .body("status", equalTo("open"))
                .body("code", matchesPattern("[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}"))
                .body("expiresAt", notNullValue())
                .extract().path("code");
        // The code is shown once: listing shows the status only.
        sam.get("/v1/couples/" + coupleId + "/invitations").statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("open"))
                .body("items[0]", not(hasKey("code")));

        // Typed back in lower case, without dashes, with look-alike letters: still the same code.
        String typed = code.toLowerCase().replace("-", " ").replace('1', 'l').replace('0', 'o');
        Couples.accept(alex, typed).statusCode(200)
                .header("Content-Location", "/v1/couples/" + coupleId)
                .body("status", equalTo("active"))
                .body("partners.displayName", contains("Sam", "Alex"))
                .body("partners.find { it.you }.displayName", equalTo("Alex"));

        sam.get("/v1/couples/" + coupleId).statusCode(200)
                .body("status", equalTo("active"))
                .body("partners.displayName", containsInAnyOrder("Sam", "Alex"))
                .body("partners.find { it.you }.displayName", equalTo("Sam"));
        sam.get("/v1/couples/" + coupleId + "/invitations").statusCode(200).body("items[0].status",
                equalTo("accepted"));
        alex.get("/v1/couples").statusCode(200).body("items.id", contains(coupleId));
    }

    @Test
    void createDefaultsToTheCreatorsTimeZoneAndToday() {
        Actor sam = Actor.withRoles("Sam", "user");
        String createdAt = sam.post("/v1/couples", Map.of()).statusCode(201)
                .body("timeZone", equalTo("UTC"))
                .body("programStartsOn", equalTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()))
                .body("status", equalTo("forming"))
                .body("pausedByYou", equalTo(false))
                .body("newItemsPrivateByDefault", equalTo(false))
                .extract().path("createdAt");
        // The instant answered at creation is the one later reads show: no precision the database does not keep.
        sam.get("/v1/couples").body("items[0].createdAt", equalTo(createdAt));
    }

    @Test
    void createRefusesBadFieldsAndASecondCouple() {
        Actor sam = Actor.user("Sam");
        assertProblem(sam.post("/v1/couples", Map.of("timeZone", "Mars/Olympus", "programStartsOn", "2031-01-01",
                "name", "x".repeat(61))), 422, "validation-failed")
                .body("errors.field", containsInAnyOrder("/timeZone", "/programStartsOn", "/name"));
        assertProblem(sam.post("/v1/couples", Map.of("programStartsOn", "tomorrow")), 422, "validation-failed")
                .body("errors[0].field", equalTo("/programStartsOn"));
        // Nobody can name a partner or an owner in a body: those come from the token.
        assertProblem(sam.post("/v1/couples", Map.of("partnerId", "c2a91e07-4d3b-4b8f-a6e5-1f0d9c8b7a62")), 422,
                "validation-failed").body("errors[0].code", equalTo("unknown-field"));

        Couples.create(sam);
        assertProblem(sam.post("/v1/couples", Map.of()), 409, "already-in-couple");
        sam.get("/v1/couples").statusCode(200).body("items", hasSize(1));
    }

    @Test
    void invitationRefusalsChangeNothing() {
        Actor sam = Actor.user("Sam");
        Actor alex = Actor.user("Alex");
        String coupleId = Couples.create(sam);
        String code = Couples.invite(sam, coupleId);

        assertProblem(alex.post("/v1/invitation-acceptances", Map.of("code", code)), 422, "validation-failed")
                .body("errors[0].field", equalTo("/consent"))
                .body("errors[0].code", equalTo("consent-required"));
        assertProblem(alex.post("/v1/invitation-acceptances", Map.of("code", code, "consent", false)), 422,
                "validation-failed");
        assertProblem(Couples.accept(sam, code), 409, "own-invitation");
        sam.get("/v1/couples/" + coupleId).body("status", equalTo("forming")).body("partners", hasSize(1));

        // An invitee who is in another couple must leave it first.
        Actor taken = Actor.user("Taken");
        Couples.create(taken);
        assertProblem(Couples.accept(taken, code), 409, "already-in-couple");

        // Revoked, then used, then expired codes are gone (410), each with its own code.
        String revokedId = sam.post("/v1/couples/" + coupleId + "/invitations").extract().path("id");
        String revokedCode = sam.get("/v1/couples/" + coupleId + "/invitations/" + revokedId).extract().path("code");
        assertNull(revokedCode);
        String second = Couples.invite(sam, coupleId);
        String secondId = sam.get("/v1/couples/" + coupleId + "/invitations?limit=1").extract().path("items[0].id");
        sam.delete("/v1/couples/" + coupleId + "/invitations/" + secondId).statusCode(200)
                .body("status", equalTo("revoked"));
        sam.delete("/v1/couples/" + coupleId + "/invitations/" + secondId).statusCode(200)
                .body("status", equalTo("revoked"));
        assertProblem(Couples.accept(alex, second), 410, "invitation-revoked");

        String third = Couples.invite(sam, coupleId);
        Couples.accept(alex, code).statusCode(200);
        assertProblem(Couples.accept(Actor.user("Late"), code), 410, "invitation-used");
        assertProblem(Couples.accept(Actor.user("Third"), third), 409, "couple-full");
        assertProblem(sam.post("/v1/couples/" + coupleId + "/invitations"), 409, "couple-full");
        sam.get("/v1/couples/" + coupleId).body("partners", hasSize(2));
    }

    @Test
    void expiredInvitationsAreGone() {
        Actor sam = Actor.user("Sam");
        String coupleId = Couples.create(sam);
        String code = Couples.invite(sam, coupleId);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery(
                        "update invitation set expires_at = now() - interval '1 second' where couple_id = ?1")
                .setParameter(1, java.util.UUID.fromString(coupleId))
                .executeUpdate());
        assertProblem(Couples.accept(Actor.user("Alex"), code), 410, "invitation-expired");
        sam.get("/v1/couples/" + coupleId + "/invitations").body("items[0].status", equalTo("expired"));
        String invitationId = sam.get("/v1/couples/" + coupleId + "/invitations").extract().path("items[0].id");
        assertProblem(sam.delete("/v1/couples/" + coupleId + "/invitations/" + invitationId), 409,
                "invitation-not-open");
    }

    @Test
    void guessingCodesIsThrottledPerCaller() {
        Actor sam = Actor.user("Sam");
        String code = Couples.invite(sam, Couples.create(sam));
        Actor guesser = Actor.user("Guesser");
        for (int i = 0; i < 5; i++) {
            assertProblem(Couples.accept(guesser, "AAAAA-BBBBB-CCCCC-DDDD" + i), 404, "not-found");
        }
        assertProblem(Couples.accept(guesser, "AAAAA-BBBBB-CCCCC-DDDDD"), 429, "too-many-attempts")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        // Even the right code waits: the throttle does not tell right from wrong.
        assertProblem(Couples.accept(guesser, code), 429, "too-many-attempts");
        // Someone else is not affected.
        Couples.accept(Actor.user("Alex"), code).statusCode(200);
    }

    @Test
    void aPauseIsQuietAndOnlyItsAuthorLiftsIt() {
        Pair pair = Couples.pair();
        String path = "/v1/couples/" + pair.coupleId();
        pair.a().put(path + "/my-pause").statusCode(200)
                .body("status", equalTo("paused"))
                .body("pausedByYou", equalTo(true));
        pair.a().put(path + "/my-pause").statusCode(200).body("pausedByYou", equalTo(true));
        // The other partner sees that the couple is paused, and nothing about who, when or why.
        pair.b().get(path).statusCode(200)
                .body("status", equalTo("paused"))
                .body("pausedByYou", equalTo(false))
                .body("$", not(hasKey("pausedAt")))
                .body("$", not(hasKey("pausedBy")));
        assertProblem(pair.b().delete(path + "/my-pause"), 409, "not-paused-by-you");
        assertProblem(pair.b().post(path + "/invitations"), 409, "couple-full");

        // Both may hold a pause; the couple is active again only once both lifted theirs.
        pair.b().put(path + "/my-pause").statusCode(200);
        pair.a().delete(path + "/my-pause").statusCode(200).body("status", equalTo("paused"))
                .body("pausedByYou", equalTo(false));
        pair.b().delete(path + "/my-pause").statusCode(200).body("status", equalTo("active"));
    }

    @Test
    void eitherPartnerLeavesAloneAndNothingOfOneReachesTheOther() {
        Pair pair = Couples.pair();
        String path = "/v1/couples/" + pair.coupleId();
        pair.a().put(path + "/my-pause").statusCode(200);
        // B leaves even while A holds a pause: nobody needs the other's approval.
        pair.b().delete(path + "/my-membership").statusCode(200)
                .body("status", equalTo("ended"))
                .body("endedAt", notNullValue())
                .body("partners.displayName", contains("Alex"));
        pair.a().get(path).statusCode(200)
                .body("status", equalTo("ended"))
                .body("partners.displayName", contains("Sam"));
        assertProblem(pair.a().delete(path + "/my-membership"), 409, "couple-ended");
        assertProblem(pair.a().delete(path + "/my-pause"), 409, "couple-ended");
        assertProblem(pair.a().post(path + "/invitations"), 409, "couple-ended");
        pair.a().post(path + "/sharing-stops").statusCode(200)
                .body("paused", equalTo(false))
                .body("revokedInvitations", empty());

        // Both are free to start again; the ended couple stays in their list.
        String next = Couples.create(pair.a());
        pair.a().get("/v1/couples").statusCode(200).body("items.id", contains(next, pair.coupleId()));
        pair.b().get("/v1/couples").statusCode(200).body("items.id", contains(pair.coupleId()));
    }

    @Test
    void leavingRevokesOpenInvitations() {
        Actor sam = Actor.user("Sam");
        String coupleId = Couples.create(sam);
        String code = Couples.invite(sam, coupleId);
        sam.delete("/v1/couples/" + coupleId + "/my-membership").statusCode(200).body("status", equalTo("ended"));
        assertProblem(Couples.accept(Actor.user("Alex"), code), 410, "invitation-revoked");
    }

    @Test
    void outsidersMeetTheSameAnswerAsForACoupleThatDoesNotExist() {
        Pair pair = Couples.pair();
        Actor outsider = Actor.user("Outsider");
        var existing = assertProblem(outsider.get("/v1/couples/" + pair.coupleId()), 404, "not-found").extract();
        var missing = assertProblem(outsider.get("/v1/couples/" + java.util.UUID.randomUUID()), 404, "not-found")
                .extract();
        var malformed = assertProblem(outsider.get("/v1/couples/not-an-id"), 404, "not-found").extract();
        assertEquals(existing.path("detail"), missing.<String>path("detail"));
        assertEquals(existing.path("detail"), malformed.<String>path("detail"));
        assertEquals(existing.path("title"), missing.<String>path("title"));
        assertEquals(existing.body().asString().length() - pair.coupleId().length(),
                missing.body().asString().length() - pair.coupleId().length());
        String path = "/v1/couples/" + pair.coupleId();
        assertProblem(outsider.put(path + "/my-pause"), 404, "not-found");
        assertProblem(outsider.delete(path + "/my-pause"), 404, "not-found");
        assertProblem(outsider.delete(path + "/my-membership"), 404, "not-found");
        assertProblem(outsider.post(path + "/sharing-stops"), 404, "not-found");
        assertProblem(outsider.post(path + "/invitations"), 404, "not-found");
        outsider.get("/v1/couples").statusCode(200).body("items", empty());
        pair.a().get("/v1/couples/" + pair.coupleId()).statusCode(200).body("status", equalTo("active"));
    }

    @Test
    void listsArePaged() {
        Actor sam = Actor.user("Sam");
        String coupleId = Couples.create(sam);
        for (int i = 0; i < 3; i++) {
            Couples.invite(sam, coupleId);
        }
        String cursor = sam.get("/v1/couples/" + coupleId + "/invitations?limit=2").statusCode(200)
                .body("items", hasSize(2)).body("nextCursor", notNullValue()).extract().path("nextCursor");
        sam.get("/v1/couples/" + coupleId + "/invitations?limit=2&cursor=" + cursor).statusCode(200)
                .body("items", hasSize(1)).body("$", not(hasKey("nextCursor")));
        // A cursor of one list does not work in another.
        assertProblem(sam.get("/v1/couples?cursor=" + cursor), 400, "invalid-parameter");
        assertProblem(sam.get("/v1/couples?limit=0"), 400, "invalid-parameter");
        assertProblem(sam.get("/v1/couples?sort=name"), 400, "unknown-query-parameter")
                .body("detail", not(endsWith("Exception")));
        sam.get("/v1/couples").body("items.status", hasItem("forming"));
    }
}
