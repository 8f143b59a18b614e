package app.kintsugi.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.Tokens;

/**
 * Requests refused by the HTTP server before any of our code runs still answer problem+json, and connections that hold
 * a slot without ever finishing a request are closed.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class EdgeLimitsTest {

    @Test
    void aRequestLineOverTheLimitIsUriTooLong() throws IOException {
        var answer = RawHttp
                .exchange("GET /v1/exercises?q=" + "a".repeat(5_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertEdgeProblem(answer, 414, "uri-too-long");
    }

    @Test
    void headersOverTheLimitAreTooLarge() throws IOException {
        var answer = RawHttp.exchange("GET /v1/me HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "b".repeat(9_000)
                + "\r\n\r\n");
        assertEdgeProblem(answer, 431, "request-header-fields-too-large");
    }

    @Test
    void aGarbledRequestLineIsABadRequest() throws IOException {
        var answer = RawHttp.exchange("GET /v1/me HTTP/1.1 extra words\r\nHost: localhost\r\n\r\n");
        assertEdgeProblem(answer, 400, "bad-request");
        answer = RawHttp.exchange("\u0001\u0002 nonsense\r\n\r\n");
        assertEdgeProblem(answer, 400, "bad-request");
    }

    @Test
    void aChunkedBodyOverTheLimitIsTooLarge() throws IOException {
        StringBuilder request = new StringBuilder(
                "POST /v1/couples HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + Tokens.person("user")
                        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        String chunk = "x".repeat(4_096);
        for (int i = 0; i < 20; i++) {
            request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        request.append("0\r\n\r\n");
        assertEdgeProblem(RawHttp.exchange(request.toString()), 413, "payload-too-large");
    }

    @Test
    void aDeclaredBodyOverTheLimitIsTooLarge() throws IOException {
        var answer = RawHttp.exchange("POST /v1/couples HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                + "\r\nContent-Length: 1000000\r\n\r\n{");
        assertEdgeProblem(answer, 413, "payload-too-large");
    }

    @Test
    void aConnectionDribblingItsHeadersIsClosed() throws IOException, InterruptedException {
        try (Socket socket = RawHttp.connect()) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            Instant start = Instant.now();
            byte[] head = "GET /v1/me HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII);
            boolean closed = false;
            // One byte a second: far within any idle timeout, never a whole request.
            for (int i = 0; i < 30 && !closed; i++) {
                try {
                    out.write(head[i % head.length]);
                    out.flush();
                } catch (IOException e) {
                    closed = true;
                    break;
                }
                socket.setSoTimeout(1_000);
                try {
                    closed = in.read() == -1;
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // nothing yet; send the next byte
                } catch (IOException reset) {
                    closed = true;
                }
            }
            Duration open = Duration.between(start, Instant.now());
            assertTrue(closed, "the connection was still open after " + open.toSeconds() + " s");
            assertTrue(open.compareTo(Duration.ofSeconds(12)) <= 0, "closed only after " + open.toSeconds() + " s");
        }
    }

    @Test
    void aConnectionThatSendsNothingIsClosed() throws IOException {
        try (Socket socket = RawHttp.connect()) {
            Instant start = Instant.now();
            socket.setSoTimeout(15_000);
            assertTrue(RawHttp.closedByServer(socket.getInputStream()), "the silent connection was left open");
            assertTrue(Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(12)) <= 0);
        }
    }

    @Test
    void aKeptAliveConnectionServesSeveralRequests() throws IOException, InterruptedException {
        try (Socket socket = RawHttp.connect()) {
            OutputStream out = socket.getOutputStream();
            for (int i = 0; i < 3; i++) {
                out.write("GET /v1/nothing HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertEquals(404, RawHttp.read(socket.getInputStream()).status());
                Thread.sleep(1_500);
            }
        }
    }

    private static void assertEdgeProblem(RawHttp.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.header("content-type"), answer.body());
        assertEquals(code, answer.json().getString("code"));
        assertEquals(status, answer.json().getInt("status"));
        assertNotNull(answer.json().getString("requestId"));
        assertEquals(answer.header("x-request-id"), answer.json().getString("requestId"));
    }
}
