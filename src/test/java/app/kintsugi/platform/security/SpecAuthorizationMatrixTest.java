package app.kintsugi.platform.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import app.kintsugi.exercise.ExerciseCatalogueTest;
import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.Couples.Pair;
import app.kintsugi.support.Tokens;
import app.kintsugi.support.contract.ContractDocument;
import app.kintsugi.support.contract.ContractDocument.Operation;

/**
 * The authorization matrix, generated from the committed contract: every operation of {@code openapi/openapi.json} (the
 * suite's own {@code /v1/test-probes} aside), called by each of nine principals, each cell asserted.
 *
 * <p>
 * What a cell expects is derived, in this order:
 * <ol>
 * <li>no token: 401 {@code unauthorized}, on every operation that documents 401;</li>
 * <li>a token whose roles are not in the operation's {@code x-roles}: 403 {@code forbidden};</li>
 * <li>a role that is allowed, the {@linkplain Family object rule of the path family}: a principal with no relation to
 * the object (outsider, ex-partner, counselor without consent, another person's export or link) gets {@link #HIDDEN},
 * the answer a random id gets: 404, the same problem code, title, detail and body keys, checked by asking for a random
 * id right after;</li>
 * <li>a principal related to the object: the outcome written in {@link #rows()}, the operation's documented success
 * unless the row says otherwise (a documented business refusal such as 409 for the couple's state, or the author-only
 * rules).</li>
 * </ol>
 * Every observed status must be one the operation documents (the conformance harness also checks every answer). Rows
 * that change the couple (pausing, leaving, stopping sharing, erasure, joining) get a world of their own; the others
 * share one, and build the objects they act on (a letter, an entry) fresh, so that no row depends on another. Within a
 * row the principals who are refused run first and those who may change something last.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SpecAuthorizationMatrixTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ALL_SCOPES = List.of("progress", "sharedJournal", "sessions", "commitments",
            "agreements", "assignExercises");
    private static final String SEED_RESOURCE = "5a0c3e1f-8b7d-4c2a-9e6f-1d4b8a2c7e90";

    /** The nine principals, in the order each row calls them: who is refused first, who may change things last. */
    enum Principal {
        ANONYMOUS(null),
        SERVICE("service"),
        ADMIN("admin"),
        OUTSIDER("user"),
        EX_PARTNER("user"),
        COUNSELOR_WITHOUT_CONSENT("counselor"),
        COUNSELOR_WITH_CONSENT("counselor"),
        PARTNER_A("user"),
        PARTNER_B("user");

        final String role;

        Principal(String role) {
            this.role = role;
        }

        boolean partner() {
            return this == PARTNER_A || this == PARTNER_B;
        }
    }

    /**
     * The object rule of a path family: who is related to the object a path names. A principal allowed by
     * {@code x-roles} but not related gets {@link #HIDDEN}.
     */
    enum Family {
        /** {@code /v1/couples/{coupleId}/...}: the two partners, and the counselor both partners let in. */
        COUPLE,
        /** {@code /v1/counselor-links/{linkId}}: the counselor who made the link. */
        COUNSELOR_LINK,
        /** {@code /v1/my-exports/{exportId}...}: the person who asked for the export (partner A here). */
        EXPORT,
        /** {@code /v1/calendar-feeds/{secret}}: whoever holds the secret, no token needed. */
        CAPABILITY,
        /** Reference data (exercises, prompt sets, support resources, categories, time zones): every allowed role. */
        CATALOGUE,
        /** No object id: the caller acts on their own account ({@code /v1/me}, {@code /v1/couples}, ...). */
        SELF;

        static Family of(String template) {
            if (template.startsWith("/v1/couples/{coupleId}")) {
                return COUPLE;
            }
            if (template.startsWith("/v1/counselor-links/{")) {
                return COUNSELOR_LINK;
            }
            if (template.startsWith("/v1/my-exports/{")) {
                return EXPORT;
            }
            if (template.startsWith("/v1/calendar-feeds/")) {
                return CAPABILITY;
            }
            if (template.matches("/v1/(exercises|prompt-sets|support-resources|commitment-categories|time-zones).*")) {
                return CATALOGUE;
            }
            return SELF;
        }

        Set<Principal> related() {
            return switch (this) {
                case COUPLE -> Set.of(Principal.PARTNER_A, Principal.PARTNER_B, Principal.COUNSELOR_WITH_CONSENT);
                case COUNSELOR_LINK -> Set.of(Principal.COUNSELOR_WITH_CONSENT);
                case EXPORT -> Set.of(Principal.PARTNER_A);
                case CAPABILITY, CATALOGUE, SELF -> Set.of(Principal.values());
            };
        }
    }

    /** The expected outcome: the same answer as for a random id (404, same code, title, detail, body keys). */
    static final int HIDDEN = -404;
    /** The expected outcome: the operation's documented 2xx. */
    static final int SUCCESS = -200;

    // ---------------------------------------------------------------------------------------------------------------
    // The world

    /** Everyone the matrix calls, and the couple they are (or are not) part of. */
    static final class World {
        final Map<Principal, Actor> actors = new EnumMap<>(Principal.class);
        final Pair pair;
        final String invitationId;
        final String grantId;
        /** The couple the ex-partner and A had, ended when the ex-partner left. */
        final String former;
        final Map<String, String> cache = new HashMap<>();

        /**
         * A person whose token outlives the walk: the suite's tokens last five minutes, and on a loaded machine the
         * shared world is used for longer.
         */
        static Actor person(String name, String... roles) {
            String subject = name + "-" + UUID.randomUUID();
            return new Actor(subject, Tokens.sign(Tokens.claims(subject, roles).claim("given_name", name)
                    .expiresIn(3600)));
        }

        World() {
            Actor a = person("Sam", "user");
            Actor b = person("Alex", "user");
            Actor ex = person("Jo", "user");
            // Jo and Sam were a couple; Jo left it, which ended it. Sam then formed a couple with Alex.
            former = Couples.create(ex);
            Couples.accept(a, Couples.invite(ex, former)).statusCode(200);
            ex.delete("/v1/couples/" + former + "/my-membership").statusCode(200);

            String coupleId = Couples.create(a);
            Response invitation = a.post("/v1/couples/" + coupleId + "/invitations").statusCode(201).extract()
                    .response();
            Couples.accept(b, invitation.path("code")).statusCode(200);
            pair = new Pair(coupleId, a, b);
            invitationId = invitation.path("id");

            Actor counselor = person("Rivera", "counselor");
            grantId = Couples.grant(pair, counselor, ALL_SCOPES, ALL_SCOPES);
            // Okafor: A offered a grant with every scope, B never consented.
            Actor pending = person("Okafor", "counselor");
            a.post(couple() + "/counselor-grants", Map.of("code", Couples.linkCode(pending), "scopes", ALL_SCOPES))
                    .statusCode(201);

            actors.put(Principal.ANONYMOUS, Actor.anonymous());
            actors.put(Principal.SERVICE, person("Service", "service"));
            actors.put(Principal.ADMIN, person("Admin", "admin"));
            actors.put(Principal.OUTSIDER, person("Outsider", "user"));
            actors.put(Principal.EX_PARTNER, ex);
            actors.put(Principal.COUNSELOR_WITHOUT_CONSENT, pending);
            actors.put(Principal.COUNSELOR_WITH_CONSENT, counselor);
            actors.put(Principal.PARTNER_A, a);
            actors.put(Principal.PARTNER_B, b);
        }

        Actor a() {
            return pair.a();
        }

        Actor b() {
            return pair.b();
        }

        Actor admin() {
            return actors.get(Principal.ADMIN);
        }

        String couple() {
            return "/v1/couples/" + pair.coupleId();
        }

        /** Made once per world, for fixtures that only read it. */
        String once(String key, java.util.function.Supplier<String> make) {
            return cache.computeIfAbsent(key, k -> make.get());
        }
    }

    /** What a row's fixture makes: the value of each path parameter. */
    interface Fixture extends BiFunction<World, Map<String, String>, String> {
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Lisbon")).toString();
    }

    private static String id(io.restassured.response.ValidatableResponse response) {
        return response.statusCode(201).extract().path("id");
    }

    // Fixtures: each makes a fresh object of the couple, unless it says otherwise.

    static final Fixture AGREEMENT = (w, t) -> id(w.a().post(w.couple() + "/agreements", Map.of("topic",
            "devicesAndMessages", "title", "Phones at dinner", "terms", "Both phones stay in the hall.")));
    static final Fixture CONCERN = (w, t) -> id(w.b().post(w.couple() + "/agreements/" + t.get("agreementId")
            + "/concerns", Map.of("text", "Can we talk about Tuesdays?")));
    static final Fixture COMMITMENT = (w, t) -> id(w.a().post(w.couple() + "/commitments", Map.of("title",
            "Phone away at dinner", "category", "personalPromise", "recurrence", Map.of("kind", "daily"))));
    /** Today's occurrence of A's fresh commitment, marked kept by A. */
    static final Fixture KEPT_COMMITMENT = (w, t) -> {
        String id = COMMITMENT.apply(w, t);
        w.a().put(w.couple() + "/commitments/" + id + "/occurrences/" + today() + "/check", Map.of("state", "kept"))
                .statusCode(200);
        return id;
    };
    /** As {@link #KEPT_COMMITMENT}, and acknowledged by B. */
    static final Fixture ACKNOWLEDGED_COMMITMENT = (w, t) -> {
        String id = KEPT_COMMITMENT.apply(w, t);
        w.b().put(w.couple() + "/commitments/" + id + "/occurrences/" + today() + "/acknowledgement")
                .statusCode(200);
        return id;
    };
    static final Fixture NOTE = (w, t) -> id(w.a().post(w.couple() + "/conversation-notes",
            Map.of("summary", "We talked about evenings.")));
    static final Fixture SLIP = (w, t) -> id(w.a().post(w.couple() + "/jar-slips", Map.of("text", "Phones away")));
    /** A's entry, open to B and to a counselor. */
    static final Fixture ENTRY = (w, t) -> id(w.a().post(w.couple() + "/journal-entries", Map.of("kind",
            "appreciation", "text", "Thank you.", "visibility", "partner", "shareWithCounselor", true)));
    static final Fixture ACKNOWLEDGED_ENTRY = (w, t) -> {
        String id = ENTRY.apply(w, t);
        w.b().put(w.couple() + "/journal-entries/" + id + "/acknowledgement", Map.of("reaction", "seen"))
                .statusCode(200);
        return id;
    };
    static final Fixture DRAFT_LETTER = (w, t) -> id(w.a().post(w.couple() + "/letters",
            Map.of("body", "I am sorry.")));
    static final Fixture SHARED_LETTER = (w, t) -> {
        String id = DRAFT_LETTER.apply(w, t);
        w.a().put(w.couple() + "/letters/" + id + "/status", Map.of("status", "shared")).statusCode(200);
        return id;
    };
    /** The couple's one run in progress, made once per world. */
    static final Fixture RUN = (w, t) -> w.once("run", () -> id(w.a().post(w.couple() + "/practice-runs",
            Map.of("exercise", "sunday-walk"))));
    /** A session opened by A and completed, so that the next fixture may open another. */
    static final Fixture ENDED_SESSION = (w, t) -> {
        String id = id(w.a().post(w.couple() + "/sessions", Map.of("exercise", "sunday-walk")));
        w.a().put(w.couple() + "/sessions/" + id + "/status", Map.of("status", "completed")).statusCode(200);
        return id;
    };
    static final Fixture RUNNING_SESSION = (w, t) -> id(w.a().post(w.couple() + "/sessions",
            Map.of("exercise", "sunday-walk")));
    /** A fresh grant in force for a new counselor. */
    static final Fixture GRANT = (w, t) -> Couples.grant(w.pair, Actor.counselor("Grant"), ALL_SCOPES, ALL_SCOPES);
    /** A grant A offered to a new counselor, waiting for B's consent. */
    static final Fixture OFFERED_GRANT = (w, t) -> id(w.a().post(w.couple() + "/counselor-grants",
            Map.of("code", Couples.linkCode(Actor.counselor("Offer")), "scopes", ALL_SCOPES)));
    /** A fresh, unused link of the consented counselor. */
    static final Fixture LINK = (w, t) -> id(w.actors.get(Principal.COUNSELOR_WITH_CONSENT)
            .post("/v1/counselor-links"));
    /** A's export, asked for once per world. */
    static final Fixture EXPORT = (w, t) -> w.once("export", () -> {
        String listed = w.a().get("/v1/my-exports").statusCode(200).extract().path("items[0].id");
        return listed != null ? listed : w.a().post("/v1/my-exports").statusCode(202).extract().path("id");
    });
    static final Fixture FEED_SECRET = (w, t) -> {
        String url = w.a().post(w.couple() + "/my-calendar-feed/secrets").statusCode(201).extract().path("url");
        return url.substring(url.lastIndexOf('/') + 1);
    };
    static final Fixture DRAFT_EXERCISE = (w, t) -> {
        String slug = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        w.admin().post("/v1/exercises", ExerciseCatalogueTest.draft(slug, "Matrix")).statusCode(201);
        return slug;
    };
    static final Fixture SEEDED_EXERCISE = (w, t) -> "safe-space-check-in";
    static final Fixture SEEDED_PROMPT_SET = (w, t) -> "five-questions";
    /** A draft translation of the seeded exercise's first version, in a language made up for this call. */
    static final Fixture EXERCISE_TRANSLATION = (w, t) -> {
        String language = randomLanguage();
        w.admin().put("/v1/exercises/" + t.get("slug") + "/versions/1/translations/" + language, Map.of("title",
                "Matrix", "summary", "Matrix.", "steps", List.of("1", "2", "3", "4", "5"), "turnCues",
                List.of("1", "2", "3", "4"), "reflectionPrompts", List.of("1", "2"), "safetyNotes", List.of("1", "2")))
                .statusCode(201);
        return language;
    };
    static final Fixture PROMPT_SET_TRANSLATION = (w, t) -> {
        String language = randomLanguage();
        w.admin().put("/v1/prompt-sets/" + t.get("slug") + "/translations/" + language, Map.of("title", "Matrix",
                "description", "Matrix.", "prompts", List.of("1", "2", "3", "4", "5"))).statusCode(201);
        return language;
    };
    static final Fixture SUPPORT_TRANSLATION = (w, t) -> {
        String language = randomLanguage();
        w.admin().put("/v1/support-resources/" + t.get("resourceId") + "/translations/" + language,
                Map.of("description", "Matrix.")).statusCode(201);
        return language;
    };

    /** A well-formed tag no test translates into: a made-up three-letter language and a region. */
    static String randomLanguage() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "q" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26)) + "-"
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    static final Fixture RESOURCE = (w, t) -> id(w.admin().post("/v1/support-resources", Map.of("country", "PT",
            "language", "pt", "kind", "hotline", "name", "Matrix line", "description", "Test entry.", "url",
            "https://support.example.org")));

    /** The fixture of each path parameter unless a row names another. */
    private static Map<String, Fixture> defaults() {
        Map<String, Fixture> fixtures = new LinkedHashMap<>();
        fixtures.put("coupleId", (w, t) -> w.pair.coupleId());
        fixtures.put("agreementId", AGREEMENT);
        fixtures.put("concernId", CONCERN);
        fixtures.put("number", (w, t) -> "1");
        fixtures.put("commitmentId", COMMITMENT);
        fixtures.put("date", (w, t) -> today());
        fixtures.put("noteId", NOTE);
        fixtures.put("grantId", (w, t) -> w.grantId);
        fixtures.put("invitationId", (w, t) -> w.invitationId);
        fixtures.put("slipId", SLIP);
        fixtures.put("entryId", ENTRY);
        fixtures.put("week", (w, t) -> "current");
        fixtures.put("letterId", SHARED_LETTER);
        fixtures.put("runId", RUN);
        fixtures.put("sessionId", ENDED_SESSION);
        fixtures.put("day", (w, t) -> "today");
        fixtures.put("linkId", LINK);
        fixtures.put("exportId", EXPORT);
        fixtures.put("secret", FEED_SECRET);
        fixtures.put("slug", (w, t) -> "sunday-walk");
        fixtures.put("version", (w, t) -> "1");
        fixtures.put("resourceId", (w, t) -> SEED_RESOURCE);
        return fixtures;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The rows

    /** The context a body is written in. */
    record Call(World world, Map<String, String> target, Principal principal) {
    }

    /** One operation, with what its related principals get when it differs from the documented success. */
    static final class Row {
        final String key;
        final Map<Principal, Integer> outcomes = new EnumMap<>(Principal.class);
        final Map<String, Fixture> fixtures = new HashMap<>();
        final List<BiConsumer<ObjectNode, Call>> body = new ArrayList<>();
        Fixture setup;
        boolean fresh;
        boolean authorLast;

        Row(String key) {
            this.key = key;
        }

        /** What partner A and partner B get. */
        Row partners(int a, int b) {
            outcomes.put(Principal.PARTNER_A, a);
            outcomes.put(Principal.PARTNER_B, b);
            return this;
        }

        Row counselor(int status) {
            outcomes.put(Principal.COUNSELOR_WITH_CONSENT, status);
            return this;
        }

        Row as(Principal principal, int status) {
            outcomes.put(principal, status);
            return this;
        }

        /** The path parameter {@code name} names what this fixture makes. */
        Row with(String name, Fixture fixture) {
            fixtures.put(name, fixture);
            return this;
        }

        /** Prepares the world before anyone calls (the answer is ignored). */
        Row given(Fixture prepare) {
            setup = prepare;
            return this;
        }

        /** Changes the spec's example body before it is sent. */
        Row body(BiConsumer<ObjectNode, Call> change) {
            body.add(change);
            return this;
        }

        Row remove(String... fields) {
            return body((node, call) -> node.remove(List.of(fields)));
        }

        /** The row changes the couple for good: it gets a world of its own. */
        Row fresh() {
            fresh = true;
            return this;
        }

        /** The author (A) may change or delete the object: B calls before A does. */
        Row authorLast() {
            authorLast = true;
            return this;
        }
    }

    private static Row row(List<Row> rows, String key) {
        Row row = new Row(key);
        rows.add(row);
        return row;
    }

    /**
     * The table: one row per operation. A row names only what differs from the rule: fixtures for its ids, changes to
     * the spec's example body, and the outcome of each related principal that does not get the documented success.
     */
    static List<Row> rows() {
        List<Row> r = new ArrayList<>();
        String c = "/v1/couples/{coupleId}";

        // The caller's own account and couples.
        row(r, "GET /v1/me");
        row(r, "PATCH /v1/me").body((b, call) -> b.put("displayName", "Matrix"));
        row(r, "GET /v1/time-zones");
        row(r, "GET /v1/couples");
        row(r, "POST /v1/couples").fresh().remove("programStartsOn").partners(409, 409);
        row(r, "POST /v1/invitation-acceptances").fresh().partners(409, 409)
                .body((b, call) -> {
                    // A fresh code of someone else's couple still forming, for each caller.
                    Actor inviter = Actor.user("Inviter");
                    b.put("code", Couples.invite(inviter, Couples.create(inviter)));
                });
        row(r, "POST /v1/my-exports");
        row(r, "GET /v1/my-exports");
        row(r, "GET /v1/my-exports/{exportId}");
        row(r, "GET /v1/my-exports/{exportId}/download");
        row(r, "POST /v1/my-erasures").fresh();
        row(r, "POST /v1/admin/data-key-rewraps");

        // Counselors' own side.
        row(r, "POST /v1/counselor-links");
        row(r, "GET /v1/counselor-links");
        row(r, "GET /v1/counselor-links/{linkId}");
        row(r, "DELETE /v1/counselor-links/{linkId}");
        row(r, "GET /v1/counselor/couples");
        row(r, "GET /v1/counselor/progress");

        // Reference data.
        row(r, "GET /v1/commitment-categories");
        row(r, "GET /v1/exercises");
        row(r, "POST /v1/exercises").body((b, call) -> b.put("slug", "matrix-" + UUID.randomUUID().toString()
                .substring(0, 8)));
        row(r, "GET /v1/exercises/{slug}");
        row(r, "PUT /v1/exercises/{slug}").with("slug", DRAFT_EXERCISE);
        row(r, "PUT /v1/exercises/{slug}/status").with("slug", DRAFT_EXERCISE);
        row(r, "GET /v1/exercises/{slug}/versions");
        row(r, "GET /v1/exercises/{slug}/versions/{version}");
        row(r, "GET /v1/prompt-sets");
        row(r, "GET /v1/prompt-sets/{slug}").with("slug", (w, t) -> "five-questions");
        row(r, "GET /v1/support-resources");
        row(r, "POST /v1/support-resources");
        row(r, "GET /v1/support-resources/{resourceId}");
        row(r, "PUT /v1/support-resources/{resourceId}").with("resourceId", RESOURCE);
        row(r, "DELETE /v1/support-resources/{resourceId}").with("resourceId", RESOURCE);
        row(r, "GET /v1/calendar-feeds/{secret}");

        // Translations and the language report (admins only).
        String et = "/v1/exercises/{slug}/versions/{version}/translations";
        row(r, "GET " + et).with("slug", SEEDED_EXERCISE);
        row(r, "GET " + et + "/{language}").with("slug", SEEDED_EXERCISE).with("language", EXERCISE_TRANSLATION);
        row(r, "PUT " + et + "/{language}").with("slug", SEEDED_EXERCISE).with("language", EXERCISE_TRANSLATION);
        row(r, "PUT " + et + "/{language}/status").with("slug", SEEDED_EXERCISE)
                .with("language", EXERCISE_TRANSLATION);
        row(r, "DELETE " + et + "/{language}").with("slug", SEEDED_EXERCISE).with("language", EXERCISE_TRANSLATION);
        String pt = "/v1/prompt-sets/{slug}/translations";
        row(r, "GET " + pt).with("slug", SEEDED_PROMPT_SET);
        row(r, "GET " + pt + "/{language}").with("slug", SEEDED_PROMPT_SET).with("language", PROMPT_SET_TRANSLATION);
        row(r, "PUT " + pt + "/{language}").with("slug", SEEDED_PROMPT_SET).with("language", PROMPT_SET_TRANSLATION);
        row(r, "PUT " + pt + "/{language}/status").with("slug", SEEDED_PROMPT_SET)
                .with("language", PROMPT_SET_TRANSLATION);
        row(r, "DELETE " + pt + "/{language}").with("slug", SEEDED_PROMPT_SET)
                .with("language", PROMPT_SET_TRANSLATION);
        String st = "/v1/support-resources/{resourceId}/translations";
        row(r, "GET " + st).with("resourceId", RESOURCE);
        row(r, "GET " + st + "/{language}").with("resourceId", RESOURCE).with("language", SUPPORT_TRANSLATION);
        row(r, "PUT " + st + "/{language}").with("resourceId", RESOURCE).with("language", SUPPORT_TRANSLATION);
        row(r, "PUT " + st + "/{language}/status").with("resourceId", RESOURCE).with("language", SUPPORT_TRANSLATION);
        row(r, "DELETE " + st + "/{language}").with("resourceId", RESOURCE).with("language", SUPPORT_TRANSLATION);
        row(r, "GET /v1/languages");
        row(r, "GET /v1/languages/{language}").with("language", (w, t) -> "es");
        row(r, "GET /v1/languages/{language}/gaps").with("language", (w, t) -> "es");
        row(r, "PUT /v1/languages/{language}").with("language", (w, t) -> "de");
        row(r, "DELETE /v1/languages/{language}").with("language", (w, t) -> {
            String language = randomLanguage();
            w.admin().put("/v1/languages/" + language).statusCode(201);
            return language;
        });

        // The couple itself.
        row(r, "GET " + c);
        row(r, "GET " + c + "/access-log");
        row(r, "PUT " + c + "/my-pause").fresh();
        row(r, "DELETE " + c + "/my-pause").fresh().given((w, t) -> {
            w.a().put(w.couple() + "/my-pause").statusCode(200);
            w.b().put(w.couple() + "/my-pause").statusCode(200);
            return null;
        });
        row(r, "DELETE " + c + "/my-membership").fresh().partners(200, 409);
        row(r, "POST " + c + "/sharing-stops").fresh();
        row(r, "PUT " + c + "/my-sharing-defaults");
        row(r, "POST " + c + "/invitations").partners(409, 409);
        row(r, "GET " + c + "/invitations");
        row(r, "GET " + c + "/invitations/{invitationId}");
        row(r, "DELETE " + c + "/invitations/{invitationId}").partners(409, 409);

        // Counselor grants.
        row(r, "POST " + c + "/counselor-grants")
                .body((b, call) -> b.put("code", Couples.linkCode(Actor.counselor("New"))));
        row(r, "GET " + c + "/counselor-grants");
        row(r, "GET " + c + "/counselor-grants/{grantId}");
        row(r, "DELETE " + c + "/counselor-grants/{grantId}").with("grantId", GRANT);
        row(r, "PUT " + c + "/counselor-grants/{grantId}/my-consent").with("grantId", OFFERED_GRANT)
                .partners(409, 200);

        // Practice.
        row(r, "POST " + c + "/practice-runs").fresh().remove("startsOn").partners(409, 409);
        row(r, "GET " + c + "/practice-runs");
        row(r, "GET " + c + "/practice-runs/{runId}");
        row(r, "PUT " + c + "/practice-runs/{runId}/status").fresh();
        row(r, "POST " + c + "/sessions").fresh().with("runId", RUN).partners(201, 409)
                .body((b, call) -> b.put("runId", RUN.apply(call.world(), call.target())));
        row(r, "GET " + c + "/sessions");
        row(r, "GET " + c + "/sessions/{sessionId}");
        row(r, "PUT " + c + "/sessions/{sessionId}/status").fresh().with("sessionId", RUNNING_SESSION);
        row(r, "PUT " + c + "/sessions/{sessionId}/my-feedback");
        row(r, "GET " + c + "/sessions/{sessionId}/feedback");
        row(r, "GET " + c + "/recommendations");
        row(r, "GET " + c + "/my-practice-preferences");
        row(r, "PUT " + c + "/my-practice-preferences");

        // Letters: between the partners only; a draft is its author's alone.
        row(r, "POST " + c + "/letters");
        row(r, "GET " + c + "/letters");
        row(r, "GET " + c + "/letters/{letterId}");
        row(r, "PUT " + c + "/letters/{letterId}").with("letterId", DRAFT_LETTER).authorLast().partners(200, HIDDEN);
        row(r, "PUT " + c + "/letters/{letterId}/status").with("letterId", DRAFT_LETTER).authorLast()
                .partners(200, HIDDEN);
        row(r, "PUT " + c + "/letters/{letterId}/read-aloud").partners(409, 200);
        row(r, "DELETE " + c + "/letters/{letterId}").authorLast().partners(204, 403);

        // The journal.
        row(r, "POST " + c + "/journal-entries").remove("writtenOn");
        row(r, "GET " + c + "/journal-entries");
        row(r, "GET " + c + "/journal-entries/{entryId}");
        row(r, "PUT " + c + "/journal-entries/{entryId}").remove("writtenOn").authorLast().partners(200, 403);
        row(r, "DELETE " + c + "/journal-entries/{entryId}").authorLast().partners(204, 403);
        row(r, "PUT " + c + "/journal-entries/{entryId}/visibility").authorLast().partners(200, 403);
        row(r, "GET " + c + "/journal-entries/{entryId}/revisions").partners(200, 403);
        row(r, "PUT " + c + "/journal-entries/{entryId}/acknowledgement").partners(409, 200);
        row(r, "DELETE " + c + "/journal-entries/{entryId}/acknowledgement").with("entryId", ACKNOWLEDGED_ENTRY)
                .partners(409, 204);
        row(r, "GET " + c + "/journal-entry-counts");
        row(r, "GET " + c + "/journal-weeks/{week}");
        row(r, "PUT " + c + "/journal-weeks/{week}/my-read-mark");

        // Commitments, conversation notes, the calendar and its feed.
        row(r, "POST " + c + "/commitments").body((b, call) -> ((ObjectNode) b.get("recurrence")).remove("startsOn"));
        row(r, "GET " + c + "/commitments");
        row(r, "GET " + c + "/commitments/{commitmentId}");
        row(r, "PUT " + c + "/commitments/{commitmentId}").authorLast().partners(200, 403);
        row(r, "PUT " + c + "/commitments/{commitmentId}/status").authorLast().partners(200, 403);
        row(r, "GET " + c + "/commitments/{commitmentId}/occurrences");
        row(r, "PUT " + c + "/commitments/{commitmentId}/occurrences/{date}/check").authorLast().partners(200, 403);
        row(r, "DELETE " + c + "/commitments/{commitmentId}/occurrences/{date}/check")
                .with("commitmentId", KEPT_COMMITMENT).authorLast().partners(204, 403);
        row(r, "PUT " + c + "/commitments/{commitmentId}/occurrences/{date}/acknowledgement")
                .with("commitmentId", KEPT_COMMITMENT).partners(409, 200);
        row(r, "DELETE " + c + "/commitments/{commitmentId}/occurrences/{date}/acknowledgement")
                .with("commitmentId", ACKNOWLEDGED_COMMITMENT).partners(409, 204);
        row(r, "GET " + c + "/calendar");
        row(r, "POST " + c + "/conversation-notes").remove("heldOn", "linkCommitments");
        row(r, "GET " + c + "/conversation-notes");
        row(r, "GET " + c + "/conversation-notes/{noteId}");
        row(r, "DELETE " + c + "/conversation-notes/{noteId}").authorLast().partners(204, 403);
        row(r, "GET " + c + "/my-calendar-feed");
        row(r, "PUT " + c + "/my-calendar-feed");
        row(r, "POST " + c + "/my-calendar-feed/secrets");
        row(r, "DELETE " + c + "/my-calendar-feed");

        // The jar.
        row(r, "GET " + c + "/jar-slips");
        row(r, "POST " + c + "/jar-slips");
        row(r, "GET " + c + "/jar-slips/{slipId}");
        row(r, "DELETE " + c + "/jar-slips/{slipId}").authorLast().partners(204, 403);
        row(r, "GET " + c + "/my-jar-draws").fresh();
        row(r, "PUT " + c + "/my-jar-draws/today").fresh().given(SLIP);
        row(r, "PUT " + c + "/my-jar-draws/today/done").fresh().given((w, t) -> {
            SLIP.apply(w, t);
            w.a().put(w.couple() + "/my-jar-draws/today").statusCode(200);
            w.b().put(w.couple() + "/my-jar-draws/today").statusCode(200);
            return null;
        });
        row(r, "DELETE " + c + "/my-jar-draws/today/done").fresh().given((w, t) -> {
            SLIP.apply(w, t);
            for (Actor partner : List.of(w.a(), w.b())) {
                partner.put(w.couple() + "/my-jar-draws/today").statusCode(200);
                partner.put(w.couple() + "/my-jar-draws/today/done").statusCode(200);
            }
            return null;
        });

        // Agreements and concerns.
        row(r, "POST " + c + "/agreements");
        row(r, "GET " + c + "/agreements");
        row(r, "GET " + c + "/agreements/{agreementId}");
        row(r, "PUT " + c + "/agreements/{agreementId}/status");
        row(r, "GET " + c + "/agreements/{agreementId}/versions");
        row(r, "POST " + c + "/agreements/{agreementId}/versions");
        row(r, "GET " + c + "/agreements/{agreementId}/versions/{number}");
        row(r, "PUT " + c + "/agreements/{agreementId}/versions/{number}/my-acceptance");
        row(r, "POST " + c + "/agreements/{agreementId}/concerns");
        row(r, "GET " + c + "/agreements/{agreementId}/concerns");
        row(r, "GET " + c + "/agreements/{agreementId}/concerns/{concernId}");
        row(r, "PUT " + c + "/agreements/{agreementId}/concerns/{concernId}/resolution")
                .body((b, call) -> b.put("conversationNoteId", NOTE.apply(call.world(), call.target())));

        // Pulses and progress.
        row(r, "PUT " + c + "/my-pulses/{day}").partners(201, 201);
        row(r, "GET " + c + "/pulses");
        row(r, "GET " + c + "/progress");
        row(r, "GET " + c + "/progress/heart-days");
        row(r, "GET " + c + "/progress/commitment-weeks");
        row(r, "GET " + c + "/progress/pulse-weeks");
        row(r, "GET " + c + "/progress/setbacks");
        row(r, "GET " + c + "/milestones");
        return r;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The walk

    private final List<String> wrong = new ArrayList<>();
    private final Map<Principal, int[]> coverage = new EnumMap<>(Principal.class);

    @Test
    void everyPrincipalGetsTheDocumentedOutcomeOnEveryOperationOfTheContract() {
        ContractDocument contract = ContractDocument.get();
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (Operation operation : contract.operations()) {
            if (!operation.template().startsWith("/v1/test-probes")) {
                operations.put(operation.method().toUpperCase() + " " + operation.template(), operation);
            }
        }
        List<Row> rows = rows();
        Set<String> tabled = new LinkedHashSet<>();
        rows.forEach(row -> tabled.add(row.key));
        Set<String> missing = new TreeSet<>(operations.keySet());
        missing.removeAll(tabled);
        Set<String> unknown = new TreeSet<>(tabled);
        unknown.removeAll(operations.keySet());
        assertTrue(missing.isEmpty() && unknown.isEmpty() && tabled.size() == rows.size(),
                "the table must have exactly one row per operation; without a row: " + missing
                        + "; not in the contract: " + unknown);
        for (Principal principal : Principal.values()) {
            coverage.put(principal, new int[]{0, operations.size()});
        }

        long started = System.nanoTime();
        World shared = new World();
        for (Row row : rows) {
            walk(contract, operations.get(row.key), row, row.fresh ? new World() : shared);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        StringBuilder report = new StringBuilder("Authorization matrix, " + operations.size() + " operations x "
                + Principal.values().length + " principals, " + seconds + " s:\n");
        int asserted = 0;
        int total = 0;
        for (Principal principal : Principal.values()) {
            int[] counts = coverage.get(principal);
            asserted += counts[0];
            total += counts[1];
            report.append(String.format("  %-26s %4d / %4d cells (%5.1f %%)%n", principal, counts[0], counts[1],
                    100.0 * counts[0] / counts[1]));
        }
        report.append(String.format("  %-26s %4d / %4d cells (%5.1f %%)%n", "all", asserted, total,
                100.0 * asserted / total));
        System.out.println(report);
        assertTrue(wrong.isEmpty(), wrong.size() + " cells are not as documented:\n  " + String.join("\n  ", wrong));
        assertTrue(asserted == total, "the matrix must cover every cell:\n" + report);
    }

    private void walk(ContractDocument contract, Operation operation, Row row, World world) {
        Map<String, String> target = new LinkedHashMap<>();
        Map<String, Fixture> fixtures = defaults();
        fixtures.putAll(row.fixtures);
        try {
            for (String name : parameters(operation.template())) {
                target.put(name, fixtures.get(name).apply(world, target));
            }
            if (row.setup != null) {
                row.setup.apply(world, target);
            }
        } catch (AssertionError | RuntimeException e) {
            wrong.add(row.key + ": its fixture failed: " + String.valueOf(e.getMessage()).replace("\n", " "));
            return;
        }
        Family family = Family.of(operation.template());
        Set<String> roles = new LinkedHashSet<>();
        operation.node().path("x-roles").forEach(role -> roles.add(role.asText()));
        boolean authenticated = operation.node().path("responses").has("401");

        List<Principal> order = new ArrayList<>(List.of(Principal.values()));
        if (row.authorLast) {
            order.remove(Principal.PARTNER_A);
            order.add(Principal.PARTNER_A);
        }
        for (Principal principal : order) {
            int expected = expected(row, operation, family, roles, authenticated, principal);
            Actor actor = world.actors.get(principal);
            String cell = row.key + " as " + principal;
            try {
                String body = body(contract, operation, row, new Call(world, target, principal));
                String path = path(operation.template(), target);
                Response answer = send(operation, actor, path, body, etag(operation, family, world, actor, path));
                check(cell, operation, principal, expected, answer, () -> send(operation, actor,
                        path(operation.template(), randomized(target, principal)), body, null));
                if (principal == Principal.EX_PARTNER && family == Family.COUPLE && target.keySet().stream()
                        .anyMatch(name -> !name.equals("coupleId") && name.endsWith("Id"))) {
                    throughFormerCouple(operation, world, actor, target, body);
                }
                coverage.get(principal)[0]++;
            } catch (AssertionError | RuntimeException e) {
                wrong.add(cell + ": " + String.valueOf(e.getMessage()).replace("\n", " "));
            }
        }
    }

    /**
     * The ex-partner still reads their own, ended couple. Through its path, the current couple's objects must answer
     * exactly as random ids do: another couple's ids are never found inside one's own couple.
     */
    private static void throughFormerCouple(Operation operation, World world, Actor ex, Map<String, String> target,
            String body) {
        Map<String, String> foreign = new LinkedHashMap<>(target);
        foreign.put("coupleId", world.former);
        Map<String, String> random = randomized(foreign, Principal.PARTNER_A);
        Response mine = send(operation, ex, path(operation.template(), foreign), body, null);
        Response other = send(operation, ex, path(operation.template(), random), body, null);
        if (mine.statusCode() < 400 || mine.statusCode() != other.statusCode() || !shape(mine).equals(shape(other))) {
            throw new AssertionError("through the former couple, another couple's ids are told apart from random"
                    + " ones: " + mine.statusCode() + " " + shape(mine) + " vs " + other.statusCode() + " "
                    + shape(other));
        }
    }

    /** The rule of a cell: 401, then 403 by {@code x-roles}, then the family's object rule, then the row. */
    static int expected(Row row, Operation operation, Family family, Set<String> roles, boolean authenticated,
            Principal principal) {
        if (principal.role == null && authenticated) {
            return 401;
        }
        if (principal.role != null && !roles.isEmpty() && !roles.contains(principal.role)) {
            return 403;
        }
        if (!family.related().contains(principal)) {
            return HIDDEN;
        }
        return row.outcomes.getOrDefault(principal, SUCCESS);
    }

    private void check(String cell, Operation operation, Principal principal, int expected, Response answer,
            java.util.function.Supplier<Response> random) {
        int status = answer.statusCode();
        JsonNode responses = operation.node().path("responses");
        if (!responses.has(Integer.toString(status))) {
            throw new AssertionError("status " + status + " is not documented: " + answer.asString());
        }
        if (expected == SUCCESS) {
            int success = success(operation);
            if (status != success && !(status >= 200 && status < 300 && responses.has(Integer.toString(status)))) {
                throw new AssertionError("expected the documented success " + success + ", got " + status + " "
                        + answer.asString());
            }
            return;
        }
        if (expected == HIDDEN) {
            Response other = random.get();
            if (status != 404) {
                throw new AssertionError("expected 404 as for a random id, got " + status + " " + answer.asString());
            }
            String mine = shape(answer);
            String theirs = shape(other);
            if (other.statusCode() != status || !mine.equals(theirs)) {
                throw new AssertionError("a foreign id and a random id are told apart: " + status + " " + mine
                        + " vs " + other.statusCode() + " " + theirs);
            }
            return;
        }
        if (status != expected) {
            throw new AssertionError("expected " + expected + ", got " + status + " " + answer.asString());
        }
        if (expected >= 400) {
            if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
                throw new AssertionError(expected + " is not a problem answer");
            }
            String code = answer.jsonPath().getString("code");
            if (expected == 401 && !"unauthorized".equals(code) || expected == 403 && roleRefusal(operation, principal)
                    && !"forbidden".equals(code)) {
                throw new AssertionError("expected code " + (expected == 401 ? "unauthorized" : "forbidden")
                        + ", got " + code);
            }
        }
    }

    private static boolean roleRefusal(Operation operation, Principal principal) {
        Set<String> roles = new LinkedHashSet<>();
        operation.node().path("x-roles").forEach(role -> roles.add(role.asText()));
        return principal.role != null && !roles.isEmpty() && !roles.contains(principal.role);
    }

    /** What must not differ between a foreign id and a random id: status, body keys, code, title, detail. */
    private static String shape(Response answer) {
        try {
            JsonNode node = JSON.readTree(answer.asString());
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            java.util.Collections.sort(keys);
            return answer.contentType() + " " + keys + " code=" + node.path("code").asText() + " title="
                    + node.path("title").asText() + " detail=" + node.path("detail").asText();
        } catch (Exception e) {
            return answer.contentType() + " " + answer.asString();
        }
    }

    private static int success(Operation operation) {
        var names = operation.node().path("responses").fieldNames();
        int lowest = Integer.MAX_VALUE;
        while (names.hasNext()) {
            String name = names.next();
            if (name.matches("2\\d\\d")) {
                lowest = Math.min(lowest, Integer.parseInt(name));
            }
        }
        return lowest;
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private static List<String> parameters(String template) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String path(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    /** The same call with random ids: every id the caller does not hold (a partner holds the couple's). */
    private static Map<String, String> randomized(Map<String, String> target, Principal principal) {
        Map<String, String> random = new LinkedHashMap<>(target);
        for (Map.Entry<String, String> value : random.entrySet()) {
            String name = value.getKey();
            if (name.equals("coupleId") && principal.partner()) {
                continue;
            }
            if (name.endsWith("Id")) {
                value.setValue(UUID.randomUUID().toString());
            } else if (name.equals("slug")) {
                value.setValue("no-such-" + UUID.randomUUID().toString().substring(0, 8));
            } else if (name.equals("secret")) {
                value.setValue("A".repeat(43));
            }
        }
        return random;
    }

    /** The first example the spec gives for the body, changed as the row says; null for operations without one. */
    private static String body(ContractDocument contract, Operation operation, Row row, Call call) {
        JsonNode requestBody = contract.resolve(operation.node().get("requestBody"));
        if (requestBody == null) {
            return null;
        }
        JsonNode media = requestBody.path("content").elements().next();
        JsonNode example = contract.resolve(media.path("examples").elements().next()).path("value");
        ObjectNode node = (ObjectNode) example.deepCopy();
        for (BiConsumer<ObjectNode, Call> change : row.body) {
            change.accept(node, call);
        }
        return node.toString();
    }

    private static String contentType(Operation operation) {
        JsonNode content = operation.node().path("requestBody").path("content");
        var names = content.fieldNames();
        return names.hasNext() ? names.next() : "application/json";
    }

    /**
     * An operation that requires {@code If-Match} gets the current tag, as its owner reads it (the caller on their own
     * account, the admin for reference data, partner A for the couple's objects): what decides the answer is who asks,
     * not a missing precondition.
     */
    private static String etag(Operation operation, Family family, World world, Actor caller, String path) {
        if (!operation.node().path("responses").has("428")) {
            return null;
        }
        Actor owner = switch (family) {
            case SELF -> caller;
            case CATALOGUE -> world.admin();
            default -> world.a();
        };
        if (owner.token() == null) {
            return null;
        }
        // A translation's status has no GET of its own: its tag is the translation's.
        String readable = path.endsWith("/status") && path.contains("/translations/")
                ? path.substring(0, path.length() - "/status".length())
                : path;
        Response read = given().auth().oauth2(owner.token()).get(readable);
        return read.statusCode() == 200 ? read.header("ETag") : null;
    }

    private static Response send(Operation operation, Actor actor, String path, String body, String etag) {
        RequestSpecification request = actor.token() == null ? given() : given().auth().oauth2(actor.token());
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        if (body != null) {
            request = request.contentType(contentType(operation)).body(body);
        }
        return request.when().request(operation.method().toUpperCase(), path);
    }
}
