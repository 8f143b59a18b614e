package app.kintsugi.rights;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import app.kintsugi.platform.TestClock;
import app.kintsugi.platform.crypto.IntimateText;
import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Couples.Pair;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class DataRightsTest {

    private static final Map<String, Object> DAILY = Map.of("kind", "daily", "time", "21:30", "durationMinutes", 10);

    @Inject
    EntityManager em;

    @Inject
    IntimateText intimate;

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    private static String couple(Pair pair) {
        return "/v1/couples/" + pair.coupleId();
    }

    private static String write(Pair pair, Actor author, String text, String visibility) {
        return author.post(couple(pair) + "/journal-entries",
                Map.of("kind", "reflection", "text", text, "visibility", visibility)).statusCode(201).extract()
                .path("id");
    }

    private static String letter(Pair pair, Actor author, String body, boolean share) {
        String id = author.post(couple(pair) + "/letters", Map.of("body", body)).statusCode(201).extract().path("id");
        if (share) {
            author.put(couple(pair) + "/letters/" + id + "/status", Map.of("status", "shared")).statusCode(200);
        }
        return id;
    }

    private static void commitment(Pair pair, Actor author, String title, boolean shared) {
        author.post(couple(pair) + "/commitments",
                Map.of("title", title, "category", shared ? "ritual" : "personalPromise",
                        "recurrence", DAILY, "shared", shared))
                .statusCode(201);
    }

    private static void slip(Pair pair, Actor author, String text) {
        author.post(couple(pair) + "/jar-slips", Map.of("text", text)).statusCode(201);
    }

    /** A proposes, B accepts: the version is in force, shared history of the two. */
    private static void agreementInForce(Pair pair, String title, String terms) {
        String id = pair.a().post(couple(pair) + "/agreements",
                Map.of("topic", "devicesAndMessages", "title", title, "terms", terms)).statusCode(201).extract()
                .path("id");
        pair.b().put(couple(pair) + "/agreements/" + id + "/versions/1/my-acceptance").statusCode(200);
    }

    private static String profileId(Actor actor) {
        return actor.get("/v1/me").statusCode(200).extract().path("id");
    }

    /** Asks for an export and waits (boundedly) until it is ready; answers its id. */
    private static String readyExport(Actor actor) {
        String id = actor.post("/v1/my-exports").statusCode(202)
                .header("Location", containsString("/v1/my-exports/"))
                .body("status", equalTo("pending")).extract().path("id");
        for (int attempt = 0; attempt < 200; attempt++) {
            String status = actor.get("/v1/my-exports/" + id).statusCode(200).extract().path("status");
            if ("ready".equals(status)) {
                return id;
            }
            assertNotEquals("failed", status, "the export failed");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        return fail("the export was not ready within 20 seconds");
    }

    private static ValidatableResponse erase(Actor actor, String key) {
        var request = given().auth().oauth2(actor.token()).contentType(ContentType.JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.body(Map.of("confirm", "erase my account")).when().post("/v1/my-erasures").then();
    }

    private long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    @Test
    void anExportHoldsWhatIWroteAndOnlyWhatMyPartnerShared() {
        Pair pair = Couples.pair();
        String me = profileId(pair.a());
        write(pair, pair.a(), "A keeps this to herself", "private");
        write(pair, pair.a(), "A shares the morning walk", "partner");
        write(pair, pair.b(), "B keeps this to himself", "private");
        write(pair, pair.b(), "B shares the dinner", "partner");
        write(pair, pair.b(), "B reveals this at the end of the week", "reveal");
        letter(pair, pair.a(), "A drafts a letter", false);
        letter(pair, pair.b(), "B drafts a letter", false);
        letter(pair, pair.b(), "B shares a letter", true);
        commitment(pair, pair.a(), "A puts the phone away", false);
        commitment(pair, pair.b(), "B walks the dog together", true);
        slip(pair, pair.a(), "A asks about the day");
        slip(pair, pair.b(), "B says good morning");
        agreementInForce(pair, "Phones at the table", "Phones stay in the hall at dinner");

        String id = readyExport(pair.a());
        pair.a().get("/v1/my-exports/" + id).statusCode(200).body("download",
                equalTo("/v1/my-exports/" + id + "/download"));
        String document = pair.a().get("/v1/my-exports/" + id + "/download").statusCode(200)
                .contentType(ContentType.JSON).header("Content-Disposition", containsString("attachment"))
                .extract().asString();

        for (String mine : List.of("A keeps this to herself", "A shares the morning walk", "A drafts a letter",
                "A puts the phone away", "A asks about the day", "Phones stay in the hall at dinner")) {
            assertTrue(document.contains(mine), "the export lacks the caller's own " + mine);
        }
        for (String shared : List.of("B shares the dinner", "B shares a letter", "B walks the dog together",
                "B says good morning")) {
            assertTrue(document.contains(shared), "the export lacks what the partner shared: " + shared);
        }
        for (String secret : List.of("B keeps this to himself", "B reveals this at the end of the week",
                "B drafts a letter")) {
            assertFalse(document.contains(secret), "the export leaks the partner's private " + secret);
        }
        JsonPath json = JsonPath.from(document);
        assertEquals(me, json.getString("manifest.personId"));
        assertEquals(1, json.getInt("manifest.formatVersion"));
        assertEquals(3, json.getInt("manifest.counts.journalEntries"));
        assertEquals(3, json.getList("journalEntries").size());
        assertEquals(2, json.getInt("manifest.counts.letters"));
        assertEquals(pair.coupleId(), json.getString("couples[0].coupleId"));

        // Nothing readable is stored: the file is compressed and sealed.
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) em
                .createNativeQuery("select content from data_export_file where export_id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult());
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("A keeps this"));

        pair.a().get("/v1/my-exports").statusCode(200).body("items.id", hasItem(id));
        // Nobody else learns that the export exists.
        assertProblem(pair.b().get("/v1/my-exports/" + id), 404, "not-found");
        assertProblem(pair.b().get("/v1/my-exports/" + id + "/download"), 404, "not-found");
        assertProblem(Actor.user("Kim").get("/v1/my-exports/" + id), 404, "not-found");
        pair.b().get("/v1/my-exports").statusCode(200).body("items.id", not(hasItem(id)));
        assertProblem(pair.a().get("/v1/my-exports/not-an-id"), 404, "not-found");
        assertProblem(pair.a().get("/v1/my-exports?limit=101"), 400, "invalid-parameter")
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void anExportOfAFormerCoupleHoldsNothingOfTheFormerPartner() {
        Pair pair = Couples.pair();
        write(pair, pair.a(), "A wrote this while together", "partner");
        write(pair, pair.b(), "B shared this while together", "partner");
        pair.b().delete(couple(pair) + "/my-membership").statusCode(200);

        String document = pair.a().get("/v1/my-exports/" + readyExport(pair.a()) + "/download").statusCode(200)
                .extract().asString();
        assertTrue(document.contains("A wrote this while together"));
        assertFalse(document.contains("B shared this while together"));
    }

    @Test
    void erasureDestroysWhatThePersonWroteAndLeavesThePartnersOwnData() {
        Pair pair = Couples.pair();
        UUID a = UUID.fromString(profileId(pair.a()));
        UUID coupleId = UUID.fromString(pair.coupleId());
        write(pair, pair.a(), "A wrote about the hard week", "partner");
        write(pair, pair.a(), "A kept this one private", "private");
        write(pair, pair.b(), "B keeps his own entry", "partner");
        letter(pair, pair.a(), "A shared an apology", true);
        letter(pair, pair.b(), "B is still drafting", false);
        commitment(pair, pair.a(), "A promised the phone away", false);
        commitment(pair, pair.b(), "B promised a walk", false);
        slip(pair, pair.a(), "A put in a hug");
        agreementInForce(pair, "Phones at the table", "A proposed phones in the hall");
        pair.a().post("/v1/my-exports").statusCode(202);
        // B's export holds what A shared with B: it goes with A's erasure.
        String partnersExport = readyExport(pair.b());

        Map<String, Object> wrong = new HashMap<>(Map.of("confirm", "yes"));
        assertProblem(pair.a().post("/v1/my-erasures", wrong), 422, "validation-failed")
                .body("errors[0].field", equalTo("/confirm"))
                .body("errors[0].code", equalTo("confirmation-required"));
        assertEquals(2, count("select count(*) from journal_entry where author_id = ?1", a));

        ValidatableResponse receipt = erase(pair.a(), "erase-" + a).statusCode(200).body("couplesLeft", equalTo(1))
                .body("couplesShredded", equalTo(0)).body("itemsDeleted.journalEntries", equalTo(2))
                .body("itemsDeleted.letters", equalTo(1)).body("itemsDeleted.commitments", equalTo(1))
                .body("itemsDeleted.jarSlips", equalTo(1)).body("itemsDeleted.agreementVersionsErased", equalTo(1));
        String erasedAt = receipt.extract().path("erasedAt");
        assertProblem(pair.b().get("/v1/my-exports/" + partnersExport), 404, "not-found");
        // The same key answers the same receipt; a new call finds nothing left and changes nothing.
        erase(pair.a(), "erase-" + a).statusCode(200).body("erasedAt", equalTo(erasedAt));
        erase(pair.a(), null).statusCode(200).body("couplesLeft", equalTo(0)).body("couplesShredded", equalTo(0));

        // With database access: none of A's words is left, or can be opened.
        assertEquals(0, count("select count(*) from journal_entry where author_id = ?1", a));
        assertEquals(0, count("select count(*) from repair_letter where author_id = ?1", a));
        assertEquals(0, count("select count(*) from commitment where owner_id = ?1", a));
        assertEquals(0, count("select count(*) from jar_slip where author_id = ?1 and text is not null", a));
        assertEquals(0, count("select count(*) from data_export where profile_id = ?1", a));
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] version = (Object[]) em.createNativeQuery(
                    "select title, terms from agreement_version where proposed_by = ?1").setParameter(1, a)
                    .getSingleResult();
            assertEquals(Texts.ERASED, intimate.open(coupleId, Texts.AGREEMENT_TITLE, (byte[]) version[0]));
            assertEquals(Texts.ERASED, intimate.open(coupleId, Texts.AGREEMENT_TERMS, (byte[]) version[1]));
            Object[] profile = (Object[]) em.createNativeQuery(
                    "select display_name, issuer from profile where id = ?1").setParameter(1, a).getSingleResult();
            assertEquals("Former partner", profile[0]);
            assertEquals(ErasureService.ERASED_ISSUER, profile[1]);
        });

        // B's own data is intact and readable; the couple ended for both, so nothing of A reaches B.
        pair.b().get(couple(pair)).statusCode(200).body("status", equalTo("ended"));
        pair.b().get(couple(pair) + "/journal-entries").statusCode(200)
                .body("items.text", equalTo(List.of("B keeps his own entry")));
        pair.b().get(couple(pair) + "/letters").statusCode(200)
                .body("items.body", equalTo(List.of("B is still drafting")));
        pair.b().get(couple(pair) + "/commitments").statusCode(200)
                .body("items.title", equalTo(List.of("B promised a walk")));
        assertEquals(1, count("select count(*) from couple_data_key where couple_id = ?1", coupleId));

        // The same login starts afresh: a new, empty profile.
        String fresh = profileId(pair.a());
        assertNotEquals(a.toString(), fresh);
        pair.a().get("/v1/couples").statusCode(200).body("items", equalTo(List.of()));
        assertProblem(pair.a().get(couple(pair)), 404, "not-found");

        // Once B is erased too, the couple's key goes: nothing sealed for it opens again.
        erase(pair.b(), null).statusCode(200).body("couplesLeft", equalTo(0)).body("couplesShredded", equalTo(1))
                .body("itemsDeleted.journalEntries", equalTo(1));
        assertEquals(0, count("select count(*) from couple_data_key where couple_id = ?1", coupleId));
        QuarkusTransaction.requiringNew().run(() -> {
            byte[] title = (byte[]) em.createNativeQuery("select title from agreement_version where proposed_by = ?1")
                    .setParameter(1, a).getSingleResult();
            assertThrows(IllegalStateException.class, () -> intimate.open(coupleId, Texts.AGREEMENT_TITLE, title));
        });
    }

    @Test
    void erasureBlanksTheWordsThePersonWroteOnSharedCommitmentsAndNoOthers() {
        Pair pair = Couples.pair();
        String commitments = couple(pair) + "/commitments";
        // B makes a shared commitment and A rewords it; B makes another that A never touches.
        String reworded = commitments + "/" + pair.b().post(commitments, Map.of("title", "B's first words",
                "category", "ritual", "recurrence", DAILY, "shared", true)).statusCode(201).extract().path("id");
        String untouched = commitments + "/" + pair.b().post(commitments, Map.of("title", "B's own words",
                "category", "ritual", "recurrence", DAILY, "shared", true)).statusCode(201).extract().path("id");
        String etag = pair.a().get(reworded).statusCode(200).extract().header("ETag");
        given().auth().oauth2(pair.a().token()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("title", "A's rewording", "category", "ritual", "recurrence", DAILY)).put(reworded)
                .then().statusCode(200);

        erase(pair.a(), "erase-shared-" + UUID.randomUUID()).statusCode(200);
        UUID coupleId = UUID.fromString(pair.coupleId());
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(Texts.ERASED, title(coupleId, reworded));
            assertEquals("B's own words", title(coupleId, untouched));
        });
    }

    private String title(UUID coupleId, String path) {
        byte[] sealed = (byte[]) em.createNativeQuery("select title from commitment where id = ?1")
                .setParameter(1, UUID.fromString(path.substring(path.lastIndexOf('/') + 1))).getSingleResult();
        return intimate.open(coupleId, Texts.COMMITMENT_TITLE, sealed);
    }

    @Test
    void anErasureNeedsTheExactWordsAndAToken() {
        Actor someone = Actor.user("Robin");
        assertProblem(someone.post("/v1/my-erasures", Map.of()), 422, "validation-failed");
        assertProblem(someone.post("/v1/my-erasures", Map.of("confirm", "ERASE MY ACCOUNT")), 422,
                "validation-failed");
        assertProblem(Actor.anonymous().post("/v1/my-erasures", Map.of("confirm", "erase my account")), 401,
                "unauthorized");
        // A person with no data yet is erased all the same: the receipt counts nothing.
        someone.get("/v1/me").statusCode(200);
        erase(someone, null).statusCode(200).body("couplesLeft", equalTo(0))
                .body("itemsDeleted.journalEntries", equalTo(0));
    }

    @Test
    void aDownloadWaitsForItsExportAndEndsWithItsDownloadPeriod() {
        Actor someone = Actor.user("Noor");
        // The file is held back here by a lock on its table: meanwhile the export is being prepared.
        String failed = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("lock table data_export_file in share mode").executeUpdate();
            String id = someone.post("/v1/my-exports").statusCode(202).extract().path("id");
            someone.get("/v1/my-exports/" + id).statusCode(200).body("status", equalTo("pending"))
                    .body("download", nullValue());
            assertProblem(someone.get("/v1/my-exports/" + id + "/download"), 409, "export-not-ready");
            // A preparation that breaks off (its statement cancelled, as a database restart would) fails the export.
            Number writer = null;
            for (int attempt = 0; attempt < 200 && writer == null; attempt++) {
                List<?> waiting = em.createNativeQuery("""
                        select pid from pg_stat_activity
                        where wait_event_type = 'Lock' and query like 'insert into data_export_file%'""")
                        .getResultList();
                writer = waiting.isEmpty() ? null : (Number) waiting.get(0);
                pause();
            }
            assertNotEquals(null, writer, "the export's file was never written");
            em.createNativeQuery("select pg_cancel_backend(:pid)").setParameter("pid", writer.intValue())
                    .getSingleResult();
            return id;
        });
        String status = "pending";
        for (int attempt = 0; attempt < 200 && "pending".equals(status); attempt++) {
            status = someone.get("/v1/my-exports/" + failed).statusCode(200).extract().path("status");
            pause();
        }
        assertEquals("failed", status);
        assertProblem(someone.get("/v1/my-exports/" + failed + "/download"), 409, "export-failed");

        // A new one is ready in seconds, downloaded as a file, and gone once its download period ended.
        String ready = readyExport(someone);
        someone.get("/v1/my-exports/" + ready + "/download").statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .header("Cache-Control", equalTo("no-store"));
        TestClock.travelBy(Duration.ofDays(8));
        someone.get("/v1/my-exports/" + ready).statusCode(200).body("status", equalTo("expired"))
                .body("download", nullValue());
        assertProblem(someone.get("/v1/my-exports/" + ready + "/download"), 410, "export-expired");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }
}
