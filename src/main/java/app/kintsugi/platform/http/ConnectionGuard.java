package app.kintsugi.platform.http;

import java.lang.reflect.Field;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.ScheduledFuture;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.impl.HttpServerConnection;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.json.Json;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.core.net.impl.TCPServerBase;
import io.vertx.core.net.impl.VertxHandler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import app.kintsugi.platform.KintsugiConfig;
import app.kintsugi.platform.problem.Problem;
import app.kintsugi.platform.problem.ProblemLanguages;
import app.kintsugi.platform.problem.ProblemResponses;
import app.kintsugi.platform.problem.ProblemTexts;

/**
 * What the HTTP server does with a connection before a request reaches any route, where Quarkus offers no setting:
 * <ul>
 * <li>a request whose line and headers have not all arrived within {@code kintsugi.http.header-timeout} of its first
 * byte (or a connection that sends nothing that long) is closed: the idle timeout alone lets a client that sends one
 * byte every few seconds hold a connection for ever (slowloris);</li>
 * <li>a request Vert.x cannot parse (a request line over {@code max-initial-line-length}: 414; headers over
 * {@code max-header-size}: 431; a garbled line: 400) answers problem+json, logged at INFO, instead of Vert.x's bare
 * answer;</li>
 * <li>a chunked body over {@code max-body-size} answers 413 problem+json as soon as it crosses the limit.</li>
 * </ul>
 * Vert.x 4.5 has neither a header-read timeout nor a public hook before a request is parsed, so a Netty handler is put
 * first in each accepted connection's pipeline, from the listening channel. Cleartext HTTP/2 (h2c) is turned off so
 * that every plain connection is HTTP/1.1 from its first byte; HTTP/2 over TLS is unaffected.
 */
@ApplicationScoped
class ConnectionGuard implements HttpServerOptionsCustomizer {

    private static final Logger LOG = Logger.getLogger(ConnectionGuard.class);
    private static final AttributeKey<Boolean> HOOKED = AttributeKey.valueOf("kintsugi.connectionGuard.hooked");
    private static final String NAME = "kintsugiConnectionGuard";

    private final long headerTimeoutMillis;
    private final long maxBodyBytes;
    private final Vertx vertx;

    ConnectionGuard(KintsugiConfig config, Vertx vertx,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.headerTimeoutMillis = config.http().headerTimeout().toMillis();
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.vertx = vertx;
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }

    void onStart(@Observes StartupEvent event) {
        hookListeningServers();
    }

    void onHttpServerStart(@ObservesAsync HttpServerStart event) {
        hookListeningServers();
    }

    void onRouter(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::exchange);
    }

    void onManagement(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE).handler(this::exchange);
    }

    /** Called first for every request that reached a router: its head is complete. */
    void exchange(RoutingContext ctx) {
        Channel channel = channel(ctx.request());
        if (channel != null) {
            hook(channel.parent());
            Deadline deadline = (Deadline) channel.pipeline().get(NAME);
            if (deadline != null) {
                boolean multiplexed = ctx.request().version() == HttpVersion.HTTP_2;
                channel.eventLoop().execute(() -> deadline.headReceived(multiplexed));
                ctx.addEndHandler(ignored -> channel.eventLoop().execute(deadline::exchangeEnded));
            }
        }
        ctx.next();
    }

    private void hookListeningServers() {
        try {
            for (TCPServerBase server : ((VertxInternal) vertx).sharedHttpServers().values()) {
                hook(listeningChannel(server));
            }
        } catch (RuntimeException | ReflectiveOperationException e) {
            // The first request will hook its server instead.
            LOG.debugf(e, "Could not reach the listening channels at start");
        }
    }

    private static Channel listeningChannel(TCPServerBase server) throws ReflectiveOperationException {
        Field bind = TCPServerBase.class.getDeclaredField("bindFuture");
        bind.setAccessible(true);
        var future = (io.vertx.core.Future<?>) bind.get(server);
        return future != null && future.succeeded() ? (Channel) future.result() : null;
    }

    /** Puts a deadline first in the pipeline of every connection the listening channel accepts from now on. */
    private void hook(Channel listening) {
        if (listening == null || listening.attr(HOOKED).setIfAbsent(Boolean.TRUE) != null) {
            return;
        }
        listening.pipeline().addFirst(new Acceptor(headerTimeoutMillis, maxBodyBytes));
        LOG.infof("Header deadline of %d ms on connections to %s", headerTimeoutMillis, listening.localAddress());
    }

    private static Channel channel(HttpServerRequest request) {
        return request.connection() instanceof ConnectionBase connection ? connection.channel() : null;
    }

    @ChannelHandler.Sharable
    private static final class Acceptor extends ChannelInboundHandlerAdapter {

        private final long timeoutMillis;
        private final long maxBodyBytes;

        Acceptor(long timeoutMillis, long maxBodyBytes) {
            this.timeoutMillis = timeoutMillis;
            this.maxBodyBytes = maxBodyBytes;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object accepted) {
            if (accepted instanceof Channel child) {
                child.pipeline().addFirst(NAME, new Deadline(timeoutMillis, maxBodyBytes));
            }
            ctx.fireChannelRead(accepted);
        }
    }

    /** One connection's deadline: armed at connect and at a request's first byte, disarmed when its head is in. */
    private static final class Deadline extends ChannelInboundHandlerAdapter {

        private final long timeoutMillis;
        private final long maxBodyBytes;
        private boolean inExchange;
        private boolean exempt;
        private ScheduledFuture<?> timer;

        Deadline(long timeoutMillis, long maxBodyBytes) {
            this.timeoutMillis = timeoutMillis;
            this.maxBodyBytes = maxBodyBytes;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            arm(ctx);
            answerUnparsableRequests(ctx);
            if (ctx.pipeline().get("httpDecoder") != null) {
                ctx.pipeline().addAfter("httpDecoder", "kintsugiBodyLimit", new BodyLimit(maxBodyBytes));
            }
            ctx.fireChannelActive();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (!inExchange && !exempt && timer == null) {
                arm(ctx);
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            disarm();
            ctx.fireChannelInactive();
        }

        void headReceived(boolean multiplexed) {
            inExchange = true;
            exempt |= multiplexed;
            disarm();
        }

        void exchangeEnded() {
            inExchange = false;
        }

        private void arm(ChannelHandlerContext ctx) {
            timer = ctx.executor().schedule(() -> {
                timer = null;
                if (!inExchange && !exempt) {
                    LOG.infof("Closed a connection from %s: no complete request head within %d ms",
                            ctx.channel().remoteAddress(), timeoutMillis);
                    ctx.close();
                }
            }, timeoutMillis, TimeUnit.MILLISECONDS);
        }

        private void disarm() {
            if (timer != null) {
                timer.cancel(false);
                timer = null;
            }
        }

        /** By the time a connection is active, Vert.x has made its HTTP/1.1 connection object (h2c is off). */
        private static void answerUnparsableRequests(ChannelHandlerContext ctx) {
            if (ctx.pipeline().get("handler") instanceof VertxHandler<?> handler
                    && handler.getConnection() instanceof HttpServerConnection connection) {
                connection.invalidRequestHandler(ConnectionGuard::unparsable);
            }
        }
    }

    /**
     * Counts the bytes of a request body as they are decoded. A body declared too large ({@code Content-Length}) is
     * refused by {@link HttpEdge} before it is read; a chunked one is only known to be too large once it is: the REST
     * layer would silently stop reading at the limit and parse what it got (a 400 for half a JSON document), so the
     * request is answered 413 here, the rest of its body dropped and the connection closed.
     */
    private static final class BodyLimit extends ChannelInboundHandlerAdapter {

        private final long maxBytes;
        private long seen;
        private boolean refused;
        private String path;
        private String acceptLanguage;

        BodyLimit(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof io.netty.handler.codec.http.HttpRequest request) {
                seen = 0;
                int query = request.uri().indexOf('?');
                path = query < 0 ? request.uri() : request.uri().substring(0, query);
                acceptLanguage = request.headers().get("Accept-Language");
            } else if (msg instanceof io.netty.handler.codec.http.HttpContent content) {
                if (refused) {
                    content.release();
                    return;
                }
                seen += content.content().readableBytes();
                if (seen > maxBytes) {
                    refused = true;
                    content.release();
                    refuse(ctx.channel(), path, acceptLanguage);
                    return;
                }
            }
            ctx.fireChannelRead(msg);
        }

        private static void refuse(Channel channel, String path, String acceptLanguage) {
            String requestId = RequestIds.accept(null);
            LOG.infof("Refused a chunked body over the limit with 413 [%s]", requestId);
            var kind = StatusKinds.of(413);
            var problem = ProblemTexts.localize(new Problem(URI.create(Problem.TYPE_BASE + kind.code()), kind.title(),
                    413, kind.detail(), path, kind.code(), requestId, List.of()),
                    ProblemLanguages.withoutProfile(acceptLanguage, null));
            var body = io.netty.buffer.Unpooled.copiedBuffer(Json.encode(problem.problem()),
                    java.nio.charset.StandardCharsets.UTF_8);
            var response = new io.netty.handler.codec.http.DefaultFullHttpResponse(
                    io.netty.handler.codec.http.HttpVersion.HTTP_1_1,
                    io.netty.handler.codec.http.HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, body);
            response.headers()
                    .set("Content-Type", ProblemResponses.MEDIA_TYPE)
                    .set(ProblemResponses.CONTENT_LANGUAGE, problem.contentLanguage())
                    .set(ProblemResponses.VARY, ProblemResponses.VARIES_BY)
                    .set("Content-Length", body.readableBytes())
                    .set(RequestIds.HEADER, requestId)
                    .set("X-Content-Type-Options", "nosniff")
                    .set("Cache-Control", "no-store")
                    .set("Connection", "close");
            // From the tail, so that the response passes through the HTTP encoder.
            channel.writeAndFlush(response).addListener(io.netty.channel.ChannelFutureListener.CLOSE);
        }
    }

    /** Replaces Vert.x's bare 400, 414 and 431 (its {@code DEFAULT_INVALID_REQUEST_HANDLER}) with problems. */
    static void unparsable(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        int status = cause instanceof TooLongHttpLineException
                ? 414
                : cause instanceof TooLongHttpHeaderException ? 431 : 400;
        String requestId = RequestIds.accept(null);
        LOG.infof("Refused an unparsable request with %d [%s]: %s", status, requestId,
                cause == null ? "no cause" : cause.getClass().getSimpleName());
        var kind = StatusKinds.of(status);
        // The headers may be what could not be read: Accept-Language is used only when they were.
        String accept = cause instanceof TooLongHttpHeaderException ? null : request.getHeader("Accept-Language");
        var problem = ProblemTexts.localize(new Problem(URI.create(Problem.TYPE_BASE + kind.code()), kind.title(),
                status, kind.detail(), null, kind.code(), requestId, List.of()),
                ProblemLanguages.withoutProfile(accept, null));
        var response = request.response();
        response.setStatusCode(status)
                .putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, requestId)
                .putHeader("Connection", "close");
        ProblemResponses.languageHeaders(response.headers(), problem.contentLanguage());
        SecurityHeaders.apply(response, true);
        response.end(Json.encode(problem.problem())).onComplete(ignored -> request.connection().close());
    }
}
