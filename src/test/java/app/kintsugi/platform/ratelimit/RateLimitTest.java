package app.kintsugi.platform.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import app.kintsugi.support.Tokens;
import app.kintsugi.support.contract.ContractDocument;

/**
 * The rate limits with budgets small enough to reach: a burst from one caller refused while another goes on, the
 * anonymous budget per client address and the trusted-proxy rule, the expensive budget, the fields on every answer, one
 * budget across two limiters over the same table (as two replicas have), and the metric.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
@WithTestResource(OidcWiremockTestResource.class)
class RateLimitTest {

    static final int SUBJECT = 50;
    static final int ANONYMOUS = 5;
    static final int EXPENSIVE = 3;

    /** Budgets that refill slowly (ten hours), so that nothing comes back while a test runs. */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kintsugi.rate-limit.budgets.subject.capacity", Integer.toString(SUBJECT),
                    "kintsugi.rate-limit.budgets.subject.period", "PT10H",
                    "kintsugi.rate-limit.budgets.anonymous.capacity", Integer.toString(ANONYMOUS),
                    "kintsugi.rate-limit.budgets.anonymous.period", "PT10H",
                    "kintsugi.rate-limit.budgets.expensive.capacity", Integer.toString(EXPENSIVE),
                    "kintsugi.rate-limit.budgets.expensive.period", "PT10H",
                    // The suite's requests come from 127.0.0.1, an untrusted peer; 127.0.0.2 plays the proxy.
                    "kintsugi.rate-limit.trusted-proxies", "127.0.0.2/32");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RateLimiter limiter;

    @Inject
    MeterRegistry registry;

    @Test
    void aBurstFromOneCallerIsRefusedWhileAnotherCallerGoesOn() throws Exception {
        String a = Tokens.person("user");
        String b = Tokens.person("user");
        given().auth().oauth2(a).get("/v1/me").then().statusCode(200)
                .header("RateLimit-Policy", "\"subject\";q=" + SUBJECT + ";w=36000")
                .header("RateLimit", matchesPattern("\"subject\";r=" + (SUBJECT - 1) + ";t=\\d+"));
        given().auth().oauth2(b).get("/v1/me").then().statusCode(200);
        double limitedBefore = counter("kintsugi.rate.limited.requests", "subject");
        double checksBefore = counter("kintsugi.rate.limit.store.checks", "subject");

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI me = URI.create("http://localhost:" + RestAssured.port + "/v1/me");
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> retryAfters = java.util.Collections.synchronizedList(new ArrayList<>());
        Semaphore inFlight = new Semaphore(32);
        List<CompletableFuture<?>> sent = new ArrayList<>();
        long start = System.nanoTime();
        // The other caller, at the same time: every one of its requests must go through.
        CompletableFuture<List<Integer>> other = CompletableFuture.supplyAsync(() -> {
            List<Integer> seen = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                seen.add(send(client, me, b).statusCode());
            }
            return seen;
        });
        for (int i = 0; i < 2000; i++) {
            inFlight.acquire();
            sent.add(client.sendAsync(HttpRequest.newBuilder(me).header("Authorization", "Bearer " + a).build(),
                    HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                        inFlight.release();
                        int status = failure == null ? response.statusCode() : -1;
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        if (status == 429) {
                            response.headers().firstValue("Retry-After").ifPresent(retryAfters::add);
                        }
                    }));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        List<Integer> otherStatuses = other.join();
        long millis = (System.nanoTime() - start) / 1_000_000;
        int ok = count(statuses, 200);
        int refused = count(statuses, 429);
        double storeChecks = counter("kintsugi.rate.limit.store.checks", "subject") - checksBefore;
        System.out.printf(Locale.ROOT, "Rate-limit burst: 2000 requests from one caller in %d ms: %d x 200, %d x 429, "
                + "other %s; %.0f of them reached PostgreSQL; a second caller meanwhile: %s%n", millis, ok, refused,
                statuses, storeChecks, otherStatuses);

        assertEquals(SUBJECT - 1, ok, "the rest of the caller's budget, and no more");
        assertEquals(2000 - (SUBJECT - 1), refused);
        assertTrue(otherStatuses.stream().allMatch(status -> status == 200), "the second caller: " + otherStatuses);
        assertTrue(retryAfters.stream().allMatch(value -> Long.parseLong(value) >= 1), "Retry-After >= 1");
        assertEquals(refused, (int) (counter("kintsugi.rate.limited.requests", "subject") - limitedBefore));
        assertTrue(storeChecks < 200, "the local pre-filter answers a flood: " + storeChecks + " store checks");

        // The refusal itself, through the contract harness: problem+json, Retry-After, both fields.
        given().auth().oauth2(a).get("/v1/me").then().statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("rate-limited"))
                .body("status", equalTo(429))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("RateLimit-Policy", "\"subject\";q=" + SUBJECT + ";w=36000")
                .header("RateLimit", matchesPattern("\"subject\";r=0;t=[1-9][0-9]*"));
        // Also on an unknown path: the caller is refused before any route. (Sent past the contract harness, which
        // expects 404 from every path outside the contract.)
        HttpResponse<String> unknown = send(client, URI.create("http://localhost:" + RestAssured.port
                + "/v1/no-such-thing"), a);
        assertEquals(429, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void theExpensiveBudgetIsSeparate() {
        String counselor = Tokens.person("counselor");
        for (int i = 1; i <= EXPENSIVE; i++) {
            given().auth().oauth2(counselor).post("/v1/counselor-links").then().statusCode(201)
                    .header("RateLimit-Policy", "\"subject\";q=" + SUBJECT + ";w=36000, \"expensive\";q=" + EXPENSIVE
                            + ";w=36000")
                    .header("RateLimit", matchesPattern("\"subject\";r=\\d+;t=\\d+, \"expensive\";r="
                            + (EXPENSIVE - i) + ";t=\\d+"));
        }
        given().auth().oauth2(counselor).post("/v1/counselor-links").then().statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("rate-limited"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("RateLimit", matchesPattern(".*\"expensive\";r=0;t=[1-9][0-9]*"));
        // Cheap operations of the same caller still go through.
        given().auth().oauth2(counselor).get("/v1/counselor-links").then().statusCode(200)
                .header("RateLimit-Policy", "\"subject\";q=" + SUBJECT + ";w=36000");
        given().auth().oauth2(counselor).get("/v1/me").then().statusCode(200);
    }

    /**
     * Everything that counts against 127.0.0.1's anonymous budget is in this one test, in order: the fields on 401 and
     * 404, a spoofed {@code X-Forwarded-For} ignored, then the budget used up and every operation of the contract
     * refused alike.
     */
    @Test
    void anonymousTrafficIsCountedPerClientAddressAndForwardingIsBelievedOnlyFromTrustedProxies() throws Exception {
        given().get("/v1/me").then().statusCode(401)
                .header("RateLimit-Policy", "\"anonymous\";q=" + ANONYMOUS + ";w=36000")
                .header("RateLimit", matchesPattern("\"anonymous\";r=" + (ANONYMOUS - 1) + ";t=\\d+"));
        // A token that does not verify is no token: anonymous too.
        given().auth().oauth2(Tokens.unsigned("mallory", "user")).get("/v1/me").then().statusCode(401)
                .header("RateLimit", matchesPattern("\"anonymous\";r=" + (ANONYMOUS - 2) + ";t=\\d+"));
        given().get("/v1/no-such-thing").then().statusCode(404)
                .header("RateLimit", matchesPattern("\"anonymous\";r=" + (ANONYMOUS - 3) + ";t=\\d+"));
        // From an untrusted peer, X-Forwarded-For is ignored: the same budget as before.
        given().header("X-Forwarded-For", "198.51.100.1").get("/v1/me").then().statusCode(401)
                .header("RateLimit", matchesPattern("\"anonymous\";r=" + (ANONYMOUS - 4) + ";t=\\d+"));
        given().header("X-Forwarded-For", "198.51.100.2").get("/v1/me").then().statusCode(401)
                .header("RateLimit", matchesPattern("\"anonymous\";r=0;t=\\d+"));
        given().header("X-Forwarded-For", "198.51.100.3").get("/v1/me").then().statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("rate-limited"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));

        // From the trusted proxy, the client it names has a budget of its own.
        for (int i = 1; i <= ANONYMOUS; i++) {
            Raw answer = fromProxy("203.0.113.7");
            assertEquals(404, answer.status(), answer.head());
            assertTrue(answer.head().contains("RateLimit: \"anonymous\";r=" + (ANONYMOUS - i) + ";t="),
                    answer.head());
        }
        Raw refused = fromProxy("203.0.113.7");
        assertEquals(429, refused.status(), refused.head());
        assertTrue(refused.head().contains("Retry-After: "), refused.head());
        assertTrue(refused.head().contains("application/problem+json"), refused.head());
        // Another client behind the proxy is unaffected; what a client writes left of its own address is not believed.
        Raw another = fromProxy("203.0.113.7, 203.0.113.8");
        assertEquals(404, another.status(), another.head());
        assertTrue(another.head().contains("RateLimit: \"anonymous\";r=" + (ANONYMOUS - 1) + ";t="), another.head());
        // The proxy's own requests, without the header, count as the proxy's.
        Raw own = fromProxy(null);
        assertEquals(404, own.status(), own.head());
        assertTrue(own.head().contains("RateLimit: \"anonymous\";r=" + (ANONYMOUS - 1) + ";t="), own.head());

        // With 127.0.0.1's budget used up, every operation of the contract answers the documented 429.
        List<String> failures = new ArrayList<>();
        ContractDocument contract = ContractDocument.get();
        for (ContractDocument.Operation operation : contract.operations()) {
            String path = operation.template().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            Response response = given().request(operation.method().toUpperCase(Locale.ROOT), path);
            String code = response.statusCode() == 429 ? response.jsonPath().getString("code") : null;
            if (response.statusCode() != 429 || !"rate-limited".equals(code)
                    || response.getHeader("Retry-After") == null) {
                failures.add(operation.id() + ": " + response.statusCode() + " " + code);
            }
        }
        assertTrue(failures.isEmpty(), "not refused as documented: " + failures);
    }

    @Test
    void twoLimitersOverTheSameTableShareOneBudget() throws SQLException {
        // A second limiter, with its own pre-filter, as another replica has: one bucket between them.
        RateLimiter replica = new RateLimiter(dataSource, true, Map.of(
                Budget.SUBJECT, limiter.budget(Budget.SUBJECT),
                Budget.ANONYMOUS, limiter.budget(Budget.ANONYMOUS),
                Budget.EXPENSIVE, limiter.budget(Budget.EXPENSIVE)), new SimpleMeterRegistry(), System::nanoTime);
        String key = "replica-test-" + UUID.randomUUID();
        Budget budget = limiter.budget(Budget.SUBJECT);
        int first = 0;
        int second = 0;
        for (int i = 0; i < SUBJECT; i++) {
            RateLimiter one = i % 2 == 0 ? limiter : replica;
            Optional<Usage> usage = one.consume(budget, key);
            assertTrue(usage.isPresent() && usage.get().allowed(), "request " + i);
            assertEquals(SUBJECT - 1 - i, usage.get().remaining(), "one count across both");
            if (one == limiter) {
                first++;
            } else {
                second++;
            }
        }
        assertEquals(SUBJECT / 2, first);
        assertEquals(SUBJECT / 2, second);
        assertTrue(!limiter.consume(budget, key).orElseThrow().allowed());
        assertTrue(!replica.consume(budget, key).orElseThrow().allowed());
        // And the pre-filters now answer without the database.
        assertTrue(replica.refusedLocally(budget, key).isPresent());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*), min(expires_at) from rate_limit_bucket where id = ?")) {
            query.setString(1, budget.storeKey(key));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals(1, row.getInt(1), "one row in PostgreSQL");
                assertTrue(row.getLong(2) > System.currentTimeMillis(), "kept until it is full again");
            }
        }
    }

    @Test
    void leasesSpareTheStoreAndNeverAdmitMoreThanTheBucketGave() {
        // 100 tokens a second: leases of up to 100 tokens. The profile's budgets refill too slowly to lease at all.
        Budget fast = new Budget(Budget.SUBJECT, 1000, java.time.Duration.ofSeconds(10));
        assertEquals(100, RateLimiter.maxLease(fast));
        assertEquals(1, RateLimiter.maxLease(limiter.budget(Budget.SUBJECT)), "50 per ten hours: no lease");
        assertEquals(5, RateLimiter.maxLease(new Budget(Budget.SUBJECT, 300, java.time.Duration.ofMinutes(1))),
                "the default subject budget");
        SimpleMeterRegistry metersA = new SimpleMeterRegistry();
        SimpleMeterRegistry metersB = new SimpleMeterRegistry();
        RateLimiter a = new RateLimiter(dataSource, true, Map.of(Budget.SUBJECT, fast,
                Budget.ANONYMOUS, limiter.budget(Budget.ANONYMOUS),
                Budget.EXPENSIVE, limiter.budget(Budget.EXPENSIVE)), metersA, System::nanoTime);
        RateLimiter b = new RateLimiter(dataSource, true, Map.of(Budget.SUBJECT, fast,
                Budget.ANONYMOUS, limiter.budget(Budget.ANONYMOUS),
                Budget.EXPENSIVE, limiter.budget(Budget.EXPENSIVE)), metersB, System::nanoTime);

        // One replica alone: the remaining count goes down one by one, lease or not (give or take the refill).
        String alone = "lease-alone-" + UUID.randomUUID();
        long started = System.nanoTime();
        for (int i = 0; i < 40; i++) {
            Usage usage = a.consume(fast, alone).orElseThrow();
            long refill = (System.nanoTime() - started) / 10_000_000L + 1;
            assertTrue(usage.allowed());
            assertTrue(usage.remaining() <= 999 - i + refill && usage.remaining() >= 999 - i,
                    "request " + i + ": remaining " + usage.remaining());
        }

        // Two replicas, one caller, 3,000 requests: never more admitted than the shared bucket gave out.
        String key = "lease-test-" + UUID.randomUUID();
        double checksBefore = storeChecks(metersA) + storeChecks(metersB);
        long start = System.nanoTime();
        int admitted = 0;
        for (int i = 0; i < 3000; i++) {
            if ((i % 2 == 0 ? a : b).consume(fast, key).orElseThrow().allowed()) {
                admitted++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long refill = (long) Math.ceil(100 * seconds);
        double checks = storeChecks(metersA) + storeChecks(metersB) - checksBefore;
        System.out.printf(Locale.ROOT, "Leases: 3000 requests over two limiters in %.2f s: %d admitted (bucket 1000,"
                + " refill %d), %.0f store checks%n", seconds, admitted, refill, checks);
        assertTrue(admitted <= 1000 + refill, "admitted " + admitted + ", the bucket gave at most " + (1000 + refill));
        assertTrue(admitted >= 1000 - 2 * 100, "admitted " + admitted + ": at most two leases left unspent");
        assertTrue(checks < 300, "leases spare the store: " + checks + " checks for 3000 requests");
    }

    private static double storeChecks(MeterRegistry meters) {
        var counter = meters.find("kintsugi.rate.limit.store.checks").tag("budget", Budget.SUBJECT).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void clientAddressesFollowTheTrustedProxyRule() {
        ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8", "2001:db8::/32"));
        assertEquals("192.0.2.1", addresses.client("192.0.2.1", List.of("198.51.100.1")), "untrusted peer");
        assertEquals("198.51.100.1", addresses.client("10.1.2.3", List.of("198.51.100.1")));
        assertEquals("198.51.100.2", addresses.client("10.1.2.3", List.of("198.51.100.1, 198.51.100.2, 10.9.9.9")));
        assertEquals("198.51.100.2", addresses.client("10.1.2.3", List.of("198.51.100.1", "198.51.100.2")));
        assertEquals("10.1.2.3", addresses.client("10.1.2.3", List.of("not-an-address")), "garbage is not believed");
        assertEquals("10.1.2.3", addresses.client("10.1.2.3", List.of("evil.example.com")), "no DNS lookups");
        assertEquals("2001:db9:1:2::/64", addresses.client("2001:db9:1:2:3:4:5:6", List.of()), "IPv6 per /64");
        assertEquals("198.51.100.1", addresses.client("2001:db8::1", List.of("[198.51.100.1]")));
    }

    private double counter(String name, String budget) {
        var counter = registry.find(name).tag("budget", budget).counter();
        return counter == null ? 0 : counter.count();
    }

    private static int count(Map<Integer, AtomicInteger> statuses, int status) {
        AtomicInteger count = statuses.get(status);
        return count == null ? 0 : count.get();
    }

    private static HttpResponse<String> send(HttpClient client, URI uri, String token) {
        try {
            return client.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Raw(int status, String head) {
    }

    /** A request whose socket peer is 127.0.0.2, the trusted proxy, written by hand. */
    private static Raw fromProxy(String forwardedFor) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), RestAssured.port), 5000);
            socket.setSoTimeout(10_000);
            String request = "GET /v1/no-such-thing HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + (forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n") + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            String head = text.contains("\r\n\r\n") ? text.substring(0, text.indexOf("\r\n\r\n")) : text;
            return new Raw(Integer.parseInt(head.substring(9, 12)), head + "\n" + text.substring(head.length()));
        }
    }

}
