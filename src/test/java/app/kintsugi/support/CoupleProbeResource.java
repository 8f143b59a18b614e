package app.kintsugi.support;

import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

import app.kintsugi.counselor.CounselorScope;
import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.platform.security.Callers;

/**
 * A test-only read of one scope of a couple's data, through the same access rule the progress, journal and other
 * features use, until those features exist. Hidden from the OpenAPI document.
 */
@Path("/v1/test-probes/couples/{coupleId}/{scope}")
@RolesAllowed({"user", "counselor"})
@Produces(MediaType.APPLICATION_JSON)
public class CoupleProbeResource {

    private final CoupleAccess access;
    private final SecurityIdentity identity;

    CoupleProbeResource(CoupleAccess access, SecurityIdentity identity) {
        this.access = access;
        this.identity = identity;
    }

    @GET
    @Operation(hidden = true)
    public Map<String, Object> read(@PathParam("coupleId") String coupleId, @PathParam("scope") String scope) {
        CounselorScope wanted = CounselorScope.of(scope).orElseThrow();
        CoupleAccess.Reader reader = access.reader(Callers.of(identity), coupleId, Optional.of(wanted), wanted.json());
        return Map.of("coupleId", reader.coupleId().toString(), "counselor", reader.isCounselor());
    }
}
