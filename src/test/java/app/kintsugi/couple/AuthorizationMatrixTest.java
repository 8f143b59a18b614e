package app.kintsugi.couple;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Couples.Pair;

/**
 * Every operation of couples, invitations, counselor access, practice, letters, the journal, commitments and the jar,
 * called by everyone who might try: the expected status of each cell is the authorization rule. Each operation gets a
 * fresh couple, so that one cell never depends on another; within a row the callers who may change something go last.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class AuthorizationMatrixTest {

    /** Callers in the order each row runs them. */
    private static final List<String> CALLERS = List.of("anonymous", "outsider", "counselorWithoutGrant",
            "counselorWithoutScope", "admin", "counselor", "partnerA", "partnerB");

    /** A couple A and B formed, a counselor with every scope, one with `sessions` only, and people around them. */
    record World(Pair pair, Map<String, Actor> actors, String invitationId, String grantId, String linkId) {

        String couple() {
            return "/v1/couples/" + pair.coupleId();
        }

        static World create() {
            Actor a = Actor.user("Sam");
            String coupleId = Couples.create(a);
            ExtractableResponse<Response> invitation = a.post("/v1/couples/" + coupleId + "/invitations")
                    .statusCode(201).extract();
            Actor b = Actor.user("Alex");
            Couples.accept(b, invitation.path("code")).statusCode(200);
            Pair pair = new Pair(coupleId, a, b);

            Actor counselor = Actor.counselor("Rivera");
            Actor partial = Actor.counselor("Okafor");
            List<String> all = List.of("progress", "sharedJournal", "sessions", "commitments", "agreements",
                    "assignExercises");
            String grantId = Couples.grant(pair, counselor, all, all);
            Couples.grant(pair, partial, List.of("sessions"), List.of("sessions"));
            String linkId = counselor.get("/v1/counselor-links").extract().path("items[0].id");

            Map<String, Actor> actors = new LinkedHashMap<>();
            actors.put("anonymous", Actor.anonymous());
            actors.put("outsider", Actor.user("Outsider"));
            actors.put("counselorWithoutGrant", Actor.counselor("Stranger"));
            actors.put("counselorWithoutScope", partial);
            actors.put("admin", Actor.withRoles("Admin", "admin"));
            actors.put("counselor", counselor);
            actors.put("partnerA", a);
            actors.put("partnerB", b);
            return new World(pair, actors, invitation.path("id"), grantId, linkId);
        }
    }

    record Row(String operation, BiFunction<World, Actor, ValidatableResponse> call, int[] expected) {
    }

    /** Expected statuses in the order of {@link #CALLERS}. */
    private static int[] expect(int anonymous, int outsider, int counselorWithoutGrant, int counselorWithoutScope,
            int admin, int counselor, int partnerA, int partnerB) {
        return new int[]{anonymous, outsider, counselorWithoutGrant, counselorWithoutScope, admin, counselor, partnerA,
                partnerB};
    }

    private static final String BOGUS_CODE = "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ";

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("GET /v1/couples", (w, x) -> x.get("/v1/couples"),
                expect(401, 200, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("POST /v1/couples", (w, x) -> x.post("/v1/couples", Map.of()),
                expect(401, 201, 403, 403, 403, 403, 409, 409)));
        rows.add(new Row("GET /v1/couples/{id}", (w, x) -> x.get(w.couple()),
                expect(401, 404, 404, 200, 403, 200, 200, 200)));
        rows.add(new Row("read of scope progress", (w, x) -> x.get("/v1/test-probes/couples/"
                + w.pair().coupleId() + "/progress"), expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("PUT my-pause", (w, x) -> x.put(w.couple() + "/my-pause"),
                expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("DELETE my-pause", (w, x) -> x.delete(w.couple() + "/my-pause"),
                expect(401, 404, 403, 403, 403, 403, 409, 409)));
        rows.add(new Row("DELETE my-membership", (w, x) -> x.delete(w.couple() + "/my-membership"),
                expect(401, 404, 403, 403, 403, 403, 200, 409)));
        rows.add(new Row("POST sharing-stops", (w, x) -> x.post(w.couple() + "/sharing-stops"),
                expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("PUT my-sharing-defaults", (w, x) -> x.put(w.couple() + "/my-sharing-defaults",
                Map.of("newItemsPrivateByDefault", true)), expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("POST invitations", (w, x) -> x.post(w.couple() + "/invitations"),
                expect(401, 404, 403, 403, 403, 403, 409, 409)));
        rows.add(new Row("GET invitations", (w, x) -> x.get(w.couple() + "/invitations"),
                expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("GET invitation", (w, x) -> x.get(w.couple() + "/invitations/" + w.invitationId()),
                expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("DELETE invitation", (w, x) -> x.delete(w.couple() + "/invitations/" + w.invitationId()),
                expect(401, 404, 403, 403, 403, 403, 409, 409)));
        rows.add(new Row("POST invitation-acceptances", (w, x) -> x.post("/v1/invitation-acceptances",
                Map.of("code", BOGUS_CODE, "consent", true)), expect(401, 404, 403, 403, 403, 403, 404, 404)));
        rows.add(new Row("POST counselor-grants", (w, x) -> x.post(w.couple() + "/counselor-grants",
                Map.of("code", BOGUS_CODE, "scopes", List.of("progress"))),
                expect(401, 404, 403, 403, 403, 403, 404, 404)));
        rows.add(new Row("GET counselor-grants", (w, x) -> x.get(w.couple() + "/counselor-grants"),
                expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("GET counselor-grant", (w, x) -> x.get(w.couple() + "/counselor-grants/" + w.grantId()),
                expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("PUT my-consent", (w, x) -> x.put(w.couple() + "/counselor-grants/" + w.grantId()
                + "/my-consent", Map.of("scopes", List.of("progress"))),
                expect(401, 404, 403, 403, 403, 403, 409, 409)));
        rows.add(new Row("DELETE counselor-grant", (w, x) -> x.delete(w.couple() + "/counselor-grants/"
                + w.grantId()), expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("GET access-log", (w, x) -> x.get(w.couple() + "/access-log"),
                expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("POST counselor-links", (w, x) -> x.post("/v1/counselor-links"),
                expect(401, 403, 201, 201, 403, 201, 403, 403)));
        rows.add(new Row("GET counselor-links", (w, x) -> x.get("/v1/counselor-links"),
                expect(401, 403, 200, 200, 403, 200, 403, 403)));
        rows.add(new Row("GET counselor-link", (w, x) -> x.get("/v1/counselor-links/" + w.linkId()),
                expect(401, 403, 404, 404, 403, 200, 403, 403)));
        rows.add(new Row("DELETE counselor-link", (w, x) -> x.delete("/v1/counselor-links/" + w.linkId()),
                expect(401, 403, 404, 404, 403, 409, 403, 403)));
        rows.add(new Row("GET /v1/counselor/couples", (w, x) -> x.get("/v1/counselor/couples"),
                expect(401, 403, 200, 200, 403, 200, 403, 403)));
        rows.add(new Row("GET practice-runs", (w, x) -> x.get(w.couple() + "/practice-runs"),
                expect(401, 404, 404, 200, 403, 200, 200, 200)));
        rows.add(new Row("POST practice-runs", (w, x) -> x.post(w.couple() + "/practice-runs",
                Map.of("exercise", "sunday-walk")), expect(401, 404, 404, 404, 403, 201, 409, 409)));
        rows.add(new Row("GET sessions", (w, x) -> x.get(w.couple() + "/sessions"),
                expect(401, 404, 404, 200, 403, 200, 200, 200)));
        rows.add(new Row("POST sessions", (w, x) -> x.post(w.couple() + "/sessions",
                Map.of("exercise", "sunday-walk")), expect(401, 404, 403, 403, 403, 403, 201, 409)));
        rows.add(new Row("GET recommendations", (w, x) -> x.get(w.couple() + "/recommendations"),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("GET my-practice-preferences", (w, x) -> x.get(w.couple() + "/my-practice-preferences"),
                expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("PUT my-practice-preferences", (w, x) -> x.put(w.couple() + "/my-practice-preferences",
                Map.of("touchExercises", true)), expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("GET letters", (w, x) -> x.get(w.couple() + "/letters"),
                expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("POST letters", (w, x) -> x.post(w.couple() + "/letters", Map.of("body", "A letter.")),
                expect(401, 404, 403, 403, 403, 403, 201, 201)));
        rows.add(new Row("GET journal-entries", (w, x) -> x.get(w.couple() + "/journal-entries"),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("POST journal-entries", (w, x) -> x.post(w.couple() + "/journal-entries",
                Map.of("kind", "tinyWin", "text", "A win.")), expect(401, 404, 403, 403, 403, 403, 201, 201)));
        rows.add(new Row("GET journal-entry", (w, x) -> x.get(entry(w)),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("PUT journal-entry", (w, x) -> x.put(entry(w), Map.of("kind", "tinyWin", "text", "New")),
                expect(401, 404, 403, 403, 403, 403, 428, 403)));
        rows.add(new Row("DELETE journal-entry", (w, x) -> x.delete(entry(w)),
                expect(401, 404, 403, 403, 403, 403, 204, 403)));
        rows.add(new Row("PUT journal-entry visibility", (w, x) -> x.put(entry(w) + "/visibility",
                Map.of("visibility", "private")), expect(401, 404, 403, 403, 403, 403, 200, 403)));
        rows.add(new Row("GET journal-entry revisions", (w, x) -> x.get(entry(w) + "/revisions"),
                expect(401, 404, 403, 403, 403, 403, 200, 403)));
        rows.add(new Row("PUT journal-entry acknowledgement", (w, x) -> x.put(entry(w) + "/acknowledgement",
                Map.of("reaction", "seen")), expect(401, 404, 403, 403, 403, 403, 409, 200)));
        rows.add(new Row("DELETE journal-entry acknowledgement", (w, x) -> x.delete(entry(w) + "/acknowledgement"),
                expect(401, 404, 403, 403, 403, 403, 409, 204)));
        rows.add(new Row("GET journal-entry-counts", (w, x) -> x.get(w.couple() + "/journal-entry-counts"),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("GET journal-week", (w, x) -> x.get(w.couple() + "/journal-weeks/current"),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("PUT journal-week my-read-mark", (w, x) -> x.put(w.couple()
                + "/journal-weeks/current/my-read-mark"), expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("GET commitment-categories", (w, x) -> x.get("/v1/commitment-categories"),
                expect(401, 200, 200, 200, 200, 200, 200, 200)));
        rows.add(new Row("POST commitments", (w, x) -> x.post(w.couple() + "/commitments", Map.of("title", "Walk",
                "category", "ritual", "recurrence", Map.of("kind", "daily"))),
                expect(401, 404, 403, 403, 403, 403, 201, 201)));
        rows.add(new Row("GET commitments", (w, x) -> x.get(w.couple() + "/commitments"),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("GET commitment", (w, x) -> x.get(commitment(w)),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("PUT commitment", (w, x) -> x.put(commitment(w), Map.of("title", "x", "category", "ritual",
                "recurrence", Map.of("kind", "daily"))), expect(401, 404, 403, 403, 403, 403, 428, 403)));
        rows.add(new Row("PUT commitment status", (w, x) -> x.put(commitment(w) + "/status",
                Map.of("status", "retired")), expect(401, 404, 403, 403, 403, 403, 200, 403)));
        rows.add(new Row("GET occurrences", (w, x) -> x.get(commitment(w) + "/occurrences"),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("PUT occurrence check", (w, x) -> x.put(commitment(w) + "/occurrences/" + today()
                + "/check", Map.of("state", "kept")), expect(401, 404, 403, 403, 403, 403, 200, 403)));
        rows.add(new Row("DELETE occurrence check", (w, x) -> x.delete(commitment(w) + "/occurrences/" + today()
                + "/check"), expect(401, 404, 403, 403, 403, 403, 204, 403)));
        rows.add(new Row("PUT occurrence acknowledgement", (w, x) -> x.put(kept(w) + "/acknowledgement"),
                expect(401, 404, 403, 403, 403, 403, 409, 200)));
        rows.add(new Row("DELETE occurrence acknowledgement", (w, x) -> x.delete(kept(w) + "/acknowledgement"),
                expect(401, 404, 403, 403, 403, 403, 409, 204)));
        rows.add(new Row("GET calendar", (w, x) -> x.get(w.couple() + "/calendar"),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("POST conversation-notes", (w, x) -> x.post(w.couple() + "/conversation-notes",
                Map.of("summary", "We talked.")), expect(401, 404, 403, 403, 403, 403, 201, 201)));
        rows.add(new Row("GET conversation-notes", (w, x) -> x.get(w.couple() + "/conversation-notes"),
                expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("GET my-calendar-feed", (w, x) -> x.get(w.couple() + "/my-calendar-feed"),
                expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("PUT my-calendar-feed", (w, x) -> x.put(w.couple() + "/my-calendar-feed",
                Map.of("showTitles", true)), expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("POST my-calendar-feed secrets", (w, x) -> x.post(w.couple() + "/my-calendar-feed/secrets"),
                expect(401, 404, 403, 403, 403, 403, 201, 201)));
        rows.add(new Row("DELETE my-calendar-feed", (w, x) -> x.delete(w.couple() + "/my-calendar-feed"),
                expect(401, 404, 403, 403, 403, 403, 204, 204)));
        rows.add(new Row("GET calendar-feeds unknown", (w, x) -> x.get("/v1/calendar-feeds/" + "A".repeat(43)),
                expect(404, 404, 404, 404, 404, 404, 404, 404)));
        rows.add(new Row("GET jar-slips", (w, x) -> x.get(w.couple() + "/jar-slips"),
                expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("POST jar-slips", (w, x) -> x.post(w.couple() + "/jar-slips",
                Map.of("text", "Ask about my day")), expect(401, 404, 403, 403, 403, 403, 201, 201)));
        rows.add(new Row("GET jar-slip", (w, x) -> x.get(slip(w)), expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("DELETE jar-slip", (w, x) -> x.delete(slip(w)),
                expect(401, 404, 403, 403, 403, 403, 204, 403)));
        rows.add(new Row("PUT my-jar-draws today", (w, x) -> {
            slip(w);
            return x.put(w.couple() + "/my-jar-draws/today");
        }, expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("GET my-jar-draws", (w, x) -> x.get(w.couple() + "/my-jar-draws"),
                expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("PUT my-jar-draws today done", (w, x) -> {
            slip(w);
            x.put(w.couple() + "/my-jar-draws/today");
            return x.put(w.couple() + "/my-jar-draws/today/done");
        }, expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("DELETE my-jar-draws today done", (w, x) -> x.delete(w.couple()
                + "/my-jar-draws/today/done"), expect(401, 404, 403, 403, 403, 403, 204, 204)));
        rows.add(new Row("GET agreements", (w, x) -> x.get(w.couple() + "/agreements"),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("POST agreements", (w, x) -> x.post(w.couple() + "/agreements", Map.of("topic", "other",
                "title", "Sundays", "terms", "We walk.")), expect(401, 404, 403, 403, 403, 403, 201, 201)));
        rows.add(new Row("GET agreement", (w, x) -> x.get(agreement(w)),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("PUT agreement status", (w, x) -> x.put(agreement(w) + "/status",
                Map.of("status", "underReview")), expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("GET agreement versions", (w, x) -> x.get(agreement(w) + "/versions"),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("POST agreement versions", (w, x) -> x.post(agreement(w) + "/versions",
                Map.of("terms", "New.")), expect(401, 404, 403, 403, 403, 403, 201, 201)));
        rows.add(new Row("GET agreement version", (w, x) -> x.get(agreement(w) + "/versions/1"),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("PUT my-acceptance", (w, x) -> x.put(agreement(w) + "/versions/1/my-acceptance"),
                expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("POST concerns", (w, x) -> x.post(agreement(w) + "/concerns",
                Map.of("text", "Can we talk?")), expect(401, 404, 403, 403, 403, 403, 201, 201)));
        rows.add(new Row("GET concerns", (w, x) -> x.get(agreement(w) + "/concerns"),
                expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("GET concern", (w, x) -> x.get(concern(w)), expect(401, 404, 403, 403, 403, 403, 200, 200)));
        rows.add(new Row("PUT concern resolution", (w, x) -> x.put(concern(w) + "/resolution",
                Map.of("conversationNoteId", UUID.randomUUID().toString())),
                expect(401, 404, 403, 403, 403, 403, 422, 422)));
        rows.add(new Row("PUT my-pulses today", (w, x) -> x.put(w.couple() + "/my-pulses/today", Map.of("safe", 6,
                "trusting", 6, "close", 6)), expect(401, 404, 403, 403, 403, 403, 201, 201)));
        rows.add(new Row("GET pulses", (w, x) -> x.get(w.couple() + "/pulses"),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("GET progress", (w, x) -> x.get(w.couple() + "/progress"),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("GET progress heart-days", (w, x) -> x.get(w.couple() + "/progress/heart-days"),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("GET progress commitment-weeks", (w, x) -> x.get(w.couple()
                + "/progress/commitment-weeks"), expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("GET progress pulse-weeks", (w, x) -> x.get(w.couple() + "/progress/pulse-weeks"),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("GET progress setbacks", (w, x) -> x.get(w.couple() + "/progress/setbacks"),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("GET milestones", (w, x) -> x.get(w.couple() + "/milestones"),
                expect(401, 404, 404, 404, 403, 200, 200, 200)));
        rows.add(new Row("GET /v1/counselor/progress", (w, x) -> x.get("/v1/counselor/progress"),
                expect(401, 403, 200, 200, 403, 200, 403, 403)));
        rows.add(new Row("GET support-resources", (w, x) -> x.get("/v1/support-resources"),
                expect(401, 200, 200, 200, 200, 200, 200, 200)));
        rows.add(new Row("GET support-resource", (w, x) -> x.get("/v1/support-resources/"
                + "5a0c3e1f-8b7d-4c2a-9e6f-1d4b8a2c7e90"), expect(401, 200, 200, 200, 200, 200, 200, 200)));
        rows.add(new Row("POST support-resources", (w, x) -> x.post("/v1/support-resources", Map.of("country", "PT",
                "language", "pt", "kind", "hotline", "name", "Matrix line", "description", "Test entry.", "url",
                "https://support.example.org")), expect(401, 403, 403, 403, 201, 403, 403, 403)));
        rows.add(new Row("PUT support-resource", (w, x) -> x.put("/v1/support-resources/"
                + "5a0c3e1f-8b7d-4c2a-9e6f-1d4b8a2c7e90", Map.of()), expect(401, 403, 403, 403, 428, 403, 403, 403)));
        rows.add(new Row("DELETE support-resource", (w, x) -> x.delete("/v1/support-resources/" + UUID.randomUUID()),
                expect(401, 403, 403, 403, 404, 403, 403, 403)));
        rows.add(new Row("POST my-exports", (w, x) -> x.post("/v1/my-exports"),
                expect(401, 202, 202, 202, 202, 202, 202, 202)));
        rows.add(new Row("GET my-exports", (w, x) -> x.get("/v1/my-exports"),
                expect(401, 200, 200, 200, 200, 200, 200, 200)));
        rows.add(new Row("GET my-export (unknown id)", (w, x) -> x.get("/v1/my-exports/" + UUID.randomUUID()),
                expect(401, 404, 404, 404, 404, 404, 404, 404)));
        rows.add(new Row("POST my-erasures (wrong words)", (w, x) -> x.post("/v1/my-erasures",
                Map.of("confirm", "no")), expect(401, 422, 422, 422, 422, 422, 422, 422)));
        rows.add(new Row("GET /v1/exercises", (w, x) -> x.get("/v1/exercises"),
                expect(401, 200, 200, 200, 200, 200, 200, 200)));
        rows.add(new Row("POST /v1/exercises", (w, x) -> x.post("/v1/exercises",
                app.kintsugi.exercise.ExerciseCatalogueTest.draft("matrix-" + UUID.randomUUID().toString()
                        .substring(0, 8), "Matrix")),
                expect(401, 403, 403, 403, 201, 403, 403, 403)));
        return rows;
    }

    /** A fresh agreement A proposed. */
    private static String agreement(World w) {
        String path = w.couple() + "/agreements";
        return path + "/" + w.pair().a().post(path, Map.of("topic", "devicesAndMessages", "title", "Phones at dinner",
                "terms", "Both phones stay in the hall during dinner.")).statusCode(201).extract().path("id");
    }

    /** A concern B raised about a fresh agreement. */
    private static String concern(World w) {
        String path = agreement(w) + "/concerns";
        return path + "/" + w.pair().b().post(path, Map.of("text", "Can we talk about Tuesdays?")).statusCode(201)
                .extract().path("id");
    }

    /** A fresh slip of A's in the jar. */
    private static String slip(World w) {
        String path = w.couple() + "/jar-slips";
        return path + "/" + w.pair().a().post(path, Map.of("text", "Phones away at meals")).statusCode(201)
                .extract().path("id");
    }

    /** A fresh daily commitment of A's own. */
    private static String commitment(World w) {
        String path = w.couple() + "/commitments";
        return path + "/" + w.pair().a().post(path, Map.of("title", "Phone away at dinner", "category",
                "personalPromise", "recurrence", Map.of("kind", "daily"))).statusCode(201).extract().path("id");
    }

    /** Today's occurrence of a fresh commitment of A's, marked kept by A. */
    private static String kept(World w) {
        String occurrence = commitment(w) + "/occurrences/" + today();
        w.pair().a().put(occurrence + "/check", Map.of("state", "kept")).statusCode(200);
        return occurrence;
    }

    private static String today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Lisbon")).toString();
    }

    /** A fresh entry of A's, open to B and to a counselor. */
    private static String entry(World w) {
        String path = w.couple() + "/journal-entries";
        return path + "/" + w.pair().a().post(path, Map.of("kind", "appreciation", "text", "Thank you.",
                "visibility", "partner", "shareWithCounselor", true)).statusCode(201).extract().path("id");
    }

    @Test
    void everyCallerGetsWhatTheRulesSayOnEveryOperation() {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows()) {
            World world = World.create();
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                ExtractableResponse<Response> answer = row.call().apply(world, world.actors().get(caller)).extract();
                int expected = row.expected()[i];
                if (answer.statusCode() != expected) {
                    wrong.add(row.operation() + " as " + caller + ": expected " + expected + ", got "
                            + answer.statusCode() + " " + answer.body().asString());
                } else if (expected >= 400 && !answer.contentType().startsWith("application/problem+json")) {
                    wrong.add(row.operation() + " as " + caller + ": " + expected + " is not a problem answer");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void aCounselorSeesOnlyTheScopesBothPartnersAllowedAndNeverWhoPaused() {
        World world = World.create();
        Actor partial = world.actors().get("counselorWithoutScope");
        partial.get("/v1/test-probes/couples/" + world.pair().coupleId() + "/sessions").statusCode(200);
        world.pair().a().put(world.couple() + "/my-pause").statusCode(200);
        partial.get(world.couple()).statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("paused"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("pausedByYou")));
    }
}
