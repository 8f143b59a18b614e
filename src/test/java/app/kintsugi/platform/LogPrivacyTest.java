package app.kintsugi.platform;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Couples.Pair;

/**
 * What partners write never reaches a log, on the happy paths and on the error paths that echo a request back (an
 * invalid field, a conflict, a body that is not JSON), and never sits in the database in clear. Every intimate text of
 * the scenario carries a unique marker; the test captures every record the application logs (JBoss LogManager's root,
 * which java.util.logging and JBoss Logging both reach) and scans every text, JSON and binary column.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class LogPrivacyTest {

    @Inject
    EntityManager em;

    private final List<String> markers = new ArrayList<>();

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    /** An intimate sentence with a marker no other text contains. */
    private String secret(String sentence) {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        markers.add(marker);
        return sentence + " " + marker;
    }

    /** Every record published on the root logger, as one text with its parameters, MDC and stack trace. */
    static final class Capture extends Handler {

        final List<String> records = new CopyOnWriteArrayList<>();
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            StringBuilder text = new StringBuilder().append(record.getLevel()).append(' ')
                    .append(record.getLoggerName()).append(' ');
            if (record instanceof ExtLogRecord ext) {
                text.append(ext.getFormattedMessage()).append(' ').append(ext.getMdcCopy());
            } else {
                text.append(formatter.formatMessage(record));
            }
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    text.append(' ').append(parameter);
                }
            }
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                text.append('\n').append(trace);
            }
            records.add(text.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void noIntimateTextReachesALogOrTheDatabaseInClear() {
        Capture capture = new Capture();
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        Pair pair;
        try {
            pair = scenario();
        } finally {
            root.removeHandler(capture);
        }

        // The capture works: the deliberate failure of the probe was logged, with its exception.
        assertTrue(capture.records.stream().anyMatch(r -> r.contains("Unhandled failure") && r.contains("hunter2")),
                "the handler sees what the application logs");
        assertEquals(24, markers.size());
        for (String marker : markers) {
            List<String> leaks = capture.records.stream().filter(r -> r.contains(marker)).toList();
            assertTrue(leaks.isEmpty(), "intimate text in the log: " + leaks);
        }

        assertNothingInClear(pair.coupleId());
    }

    private Pair scenario() {
        TestClock.travelTo(Instant.parse("2026-11-18T12:00:00Z"));
        Pair pair = Couples.pair();
        String couple = "/v1/couples/" + pair.coupleId();
        Actor a = pair.a();
        Actor b = pair.b();
        Actor counselor = Actor.counselor("Dana");
        List<String> all = List.of("progress", "sharedJournal", "sessions", "commitments", "agreements");
        Couples.grant(pair, counselor, all, all);

        // The trust journal: a private entry reworded, one shared with the partner and a counselor.
        var entry = a.post(couple + "/journal-entries", Map.of("kind", "somethingHard", "text",
                secret("I felt alone at dinner."), "visibility", "private")).statusCode(201).extract();
        String reworded = secret("I felt alone at dinner, again.");
        given().auth().oauth2(a.token()).header("If-Match", entry.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("kind", "somethingHard", "text", reworded)).when()
                .put(couple + "/journal-entries/" + entry.path("id")).then().statusCode(200);
        String thanks = secret("Thank you for holding my hand at the doctor.");
        b.post(couple + "/journal-entries", Map.of("kind", "appreciation", "text", thanks, "visibility", "partner",
                "shareWithCounselor", true)).statusCode(201);
        a.get(couple + "/journal-entries").statusCode(200).body("items.text", hasItem(thanks));
        counselor.get(couple + "/journal-entries").statusCode(200).body("items.text", hasItem(thanks));

        // A repair letter, sent with an Idempotency-Key so that its stored answer is covered too.
        String letterBody = secret("I am sorry I lied about the messages.");
        String letter = given().auth().oauth2(a.token()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(Map.of("title", secret("About the lie"), "body", letterBody))
                .when().post(couple + "/letters").then().statusCode(201).extract().path("id");
        a.put(couple + "/letters/" + letter + "/status", Map.of("status", "shared")).statusCode(200);
        b.get(couple + "/letters/" + letter).statusCode(200).body("body", equalTo(letterBody));

        // A session and its feedback note, shared with the partner.
        String session = couple + "/sessions/" + a.post(couple + "/sessions",
                Map.of("exercise", "eye-contact-without-words")).statusCode(201).extract().path("id");
        a.put(session + "/status", Map.of("status", "completed")).statusCode(200);
        a.put(session + "/my-feedback", Map.of("feltSafe", 2, "feltClose", 3, "tooMuch", true, "note",
                secret("I held back tears when you looked away."), "shareWithPartner", true)).statusCode(201);
        b.get(session + "/feedback").statusCode(200);

        // Commitments: one with an adjustment note, and a conversation note that made another.
        String promise = couple + "/commitments/" + a.post(couple + "/commitments", Map.of("title",
                secret("No messages to my ex"), "category", "personalPromise", "recurrence", Map.of("kind", "daily"),
                "shared", false)).statusCode(201).extract().path("id");
        a.put(promise + "/occurrences/2026-11-18/check", Map.of("state", "missed", "adjustment",
                secret("I answered her text; I will tell you the same evening next time."))).statusCode(200);
        a.get(couple + "/calendar?from=2026-11-18&to=2026-11-18").statusCode(200);
        b.post(couple + "/conversation-notes", Map.of("summary", secret("We talked about the trip to Porto."),
                "commitments", List.of(Map.of("title", secret("Call when the train leaves"), "category", "ritual",
                        "recurrence", Map.of("kind", "daily")))))
                .statusCode(201);

        // The jar, and an agreement with a concern.
        a.post(couple + "/jar-slips", Map.of("text", secret("Ask how the therapy session went"))).statusCode(201);
        b.put(couple + "/my-pulses/today", Map.of("safe", 3, "trusting", 4, "close", 5, "note",
                secret("I flinched when the phone buzzed."), "shareWithPartner", true)).statusCode(201);
        b.put(couple + "/my-jar-draws/today").statusCode(200);
        String agreement = couple + "/agreements/" + a.post(couple + "/agreements", Map.of("topic",
                "thirdPersonContact", "title", secret("Contact with Jordan"), "terms",
                secret("No private meetings with Jordan; work messages only."))).statusCode(201).extract().path("id");
        b.put(agreement + "/versions/1/my-acceptance").statusCode(200);
        b.post(agreement + "/concerns", Map.of("text", secret("Jordan still likes your photos at night.")))
                .statusCode(201);

        // Error paths that carry the text back to the service.
        assertProblem(a.post(couple + "/journal-entries", Map.of("kind", "setback", "text",
                secret("We shouted in front of the kids.") + "!".repeat(300))), 422, "validation-failed");
        assertProblem(a.post(couple + "/journal-entries", Map.of("kind", secret("jealousy"), "text", "fine")), 422,
                "validation-failed");
        Map<String, Object> unknownField = new HashMap<>(Map.of("kind", "tinyWin", "text", "fine"));
        unknownField.put("mood", secret("Afraid you will leave"));
        assertProblem(a.post(couple + "/journal-entries", unknownField), 422, "validation-failed");
        given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body("{\"text\": \"" + secret("Ask me about the affair") + "\"").when()
                .post(couple + "/jar-slips").then().statusCode(400);
        assertProblem(a.put(promise + "/occurrences/2026-11-19/check", Map.of("state", "missed", "adjustment",
                secret("I will delete her number."))), 409, "occurrence-in-future");
        assertProblem(a.put(promise + "/occurrences/2026-11-18/check", Map.of("state", "missed", "adjustment",
                secret("I lied again about where I was.") + "!".repeat(300))), 422, "validation-failed");
        assertProblem(b.post(agreement + "/concerns", Map.of("text", secret("You hid the second phone.")
                + "!".repeat(300))), 422, "validation-failed");
        assertProblem(Actor.user("Outsider").post(couple + "/letters", Map.of("body",
                secret("Let me read their letters."))), 404, "not-found");

        // After the couple ends, writing is refused, and a failure of our own is logged without any of it.
        a.delete(couple + "/my-membership").statusCode(200);
        assertProblem(b.post(couple + "/journal-entries", Map.of("kind", "reflection", "text",
                secret("Now that it is over I feel relief."), "visibility", "private")), 409, "couple-ended");
        assertProblem(b.get("/v1/test-probes/failure"), 500, "internal-error");
        return pair;
    }

    /**
     * No marker in any text, JSON, array or binary column of any table: sealed text is ciphertext, and nothing keeps a
     * copy in clear (stored idempotent answers included).
     */
    private void assertNothingInClear(String coupleId) {
        QuarkusTransaction.requiringNew().run(() -> {
            long sealed = ((Number) em.createNativeQuery("""
                    select (select count(*) from journal_entry where couple_id = cast(:c as uuid))
                         + (select count(*) from repair_letter where couple_id = cast(:c as uuid))
                         + (select count(*) from agreement_concern where couple_id = cast(:c as uuid))
                         + (select count(*) from jar_slip where couple_id = cast(:c as uuid))""")
                    .setParameter("c", coupleId).getSingleResult()).longValue();
            assertEquals(2 + 1 + 1 + 1, sealed, "the scenario's rows are there to be read");

            @SuppressWarnings("unchecked")
            List<Object[]> columns = em.createNativeQuery("""
                    select c.table_name, c.column_name, c.data_type
                    from information_schema.columns c
                    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                      and c.data_type in ('text', 'character varying', 'json', 'jsonb', 'bytea', 'ARRAY')
                    order by 1, 2""", Object[].class).getResultList();
            assertTrue(columns.size() > 20, "the schema was read");
            List<String> found = new ArrayList<>();
            int binaryValues = 0;
            for (Object[] column : columns) {
                String table = (String) column[0];
                String name = (String) column[1];
                boolean binary = "bytea".equals(column[2]);
                String select = binary
                        ? "select \"" + name + "\" from \"" + table + "\" where \"" + name + "\" is not null"
                        : "select cast(\"" + name + "\" as text) from \"" + table + "\" where \"" + name
                                + "\" is not null";
                for (Object value : em.createNativeQuery(select).getResultList()) {
                    String text = binary
                            ? new String((byte[]) value, StandardCharsets.ISO_8859_1)
                            : String.valueOf(value);
                    binaryValues += binary ? 1 : 0;
                    for (String marker : markers) {
                        if (text.contains(marker)) {
                            found.add(table + "." + name);
                        }
                    }
                }
            }
            assertTrue(binaryValues >= 15, "sealed values were scanned");
            assertTrue(found.isEmpty(), "intimate text stored in clear in " + found);
        });
    }
}
