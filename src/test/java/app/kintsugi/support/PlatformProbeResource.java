package app.kintsugi.support;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import app.kintsugi.platform.idempotency.Idempotent;
import app.kintsugi.platform.problem.Problems;

/**
 * Test-only endpoints that exercise platform mechanisms no production operation of this stage needs yet: a POST that
 * creates something (idempotency), an endpoint that fails (500 answers) and a statement over its time limit (503).
 * Hidden from the OpenAPI document.
 */
@Path("/v1/test-probes")
@RolesAllowed("user")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformProbeResource {

    @Inject
    EntityManager entityManager;

    /** How many times each {@code name} was really created. */
    public static final Map<String, AtomicInteger> CREATED = new ConcurrentHashMap<>();
    /** Held requests wait on this latch; tests replace it. */
    public static volatile CountDownLatch gate = new CountDownLatch(0);
    public static volatile CountDownLatch entered = new CountDownLatch(0);

    public record Thing(String name, boolean hold, boolean reject) {
    }

    public record Created(String name, int serial) {
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response create(Thing thing) throws InterruptedException {
        if (thing.hold()) {
            entered.countDown();
            gate.await(20, TimeUnit.SECONDS);
        }
        if (thing.reject()) {
            throw Problems.validation("/reject", "rejected", "Rejected on request.");
        }
        int serial = CREATED.computeIfAbsent(thing.name(), n -> new AtomicInteger()).incrementAndGet();
        return Response.created(URI.create("/v1/test-probes/" + thing.name() + "/" + serial))
                .entity(new Created(thing.name(), serial))
                .build();
    }

    /** A statement that runs longer than its (lowered) statement timeout: PostgreSQL cancels it with 57014. */
    @GET
    @Path("/slow-statement")
    @Transactional
    @Operation(hidden = true)
    public String slowStatement() {
        entityManager.createNativeQuery("set local statement_timeout = 100").executeUpdate();
        entityManager.createNativeQuery("select pg_sleep(2)").getSingleResult();
        return "finished";
    }

    @GET
    @Path("/failure")
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("internal detail that must never reach a client: db password hunter2");
    }
}
