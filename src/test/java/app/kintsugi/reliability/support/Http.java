package app.kintsugi.reliability.support;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A plain HTTP/1.1 client for the scenarios (the JDK's), answering every outcome as a value: a status with headers and
 * body, or the kind of transport failure.
 */
public final class Http implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "reliability-http");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .executor(executor)
            .build();

    /** One answer: {@code status} 0 with a {@code failure} when no HTTP answer came. */
    public record Answer(int status, Map<String, java.util.List<String>> headers, String body, long startNanos,
            long endNanos, String failure) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The status, or the failure's kind: what the histograms count. */
        public String outcome() {
            return status == 0 ? failure : Integer.toString(status);
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).findFirst();
        }

        public double millis() {
            return (endNanos - startNanos) / 1e6;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }
    }

    public Answer get(URI uri, String token) {
        return send(request(uri, token).GET());
    }

    public Answer post(URI uri, String token, String json, String idempotencyKey) {
        HttpRequest.Builder builder = request(uri, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return send(builder);
    }

    /** A request without a body (DELETE, PUT of a flag). */
    public Answer send(URI uri, String token, String method) {
        return send(uri, token, method, null);
    }

    /** A request without a body (and without a Content-Type), with an {@code Idempotency-Key} when one is given. */
    public Answer send(URI uri, String token, String method, String idempotencyKey) {
        HttpRequest.Builder builder = request(uri, token).method(method, HttpRequest.BodyPublishers.noBody());
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return send(builder);
    }

    public CompletableFuture<Answer> getAsync(URI uri, String token) {
        return sendAsync(request(uri, token).GET());
    }

    public CompletableFuture<Answer> postAsync(URI uri, String token, String json, String idempotencyKey) {
        HttpRequest.Builder builder = request(uri, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return sendAsync(builder);
    }

    private static HttpRequest.Builder request(URI uri, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder builder) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().map(), response.body(), start,
                    System.nanoTime(), null);
        } catch (IOException e) {
            return new Answer(0, Map.of(), "", start, System.nanoTime(), kind(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, Map.of(), "", start, System.nanoTime(), "interrupted");
        }
    }

    private CompletableFuture<Answer> sendAsync(HttpRequest.Builder builder) {
        long start = System.nanoTime();
        return client.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> failure == null
                        ? new Answer(response.statusCode(), response.headers().map(), response.body(), start,
                                System.nanoTime(), null)
                        : new Answer(0, Map.of(), "", start, System.nanoTime(), kind(failure)));
    }

    /** The transport failure's kind: refused, timeout, or the exception's name (a reset, a closed connection). */
    static String kind(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        if (cause instanceof ConnectException) {
            return "connect-refused";
        }
        if (cause instanceof HttpTimeoutException) {
            return "timeout";
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase();
        if (message.contains("reset")) {
            return "connection-reset";
        }
        if (message.contains("closed") || message.contains("eof")) {
            return "connection-closed";
        }
        return cause.getClass().getSimpleName() + (message.isEmpty() ? "" : "(" + message + ")");
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
