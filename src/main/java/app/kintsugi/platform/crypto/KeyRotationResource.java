package app.kintsugi.platform.crypto;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.kintsugi.platform.idempotency.Idempotent;
import app.kintsugi.platform.security.Roles;

@Path("/v1/admin")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
class KeyRotationResource {

    private final IntimateText intimate;
    private final MasterKeyRing ring;

    KeyRotationResource(IntimateText intimate, MasterKeyRing ring) {
        this.intimate = intimate;
        this.ring = ring;
    }

    @POST
    @Path("/data-key-rewraps")
    @Idempotent
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "rewrapDataKeys", summary = "Re-wrap every data key with the active master key (admins)", description = """
            The third step of a master key rotation: after the new key was added on every replica and made active,
            this re-wraps each couple's data key that is still under an older master key. Only the wrapping of each
            data key changes; no sealed text is touched, and nothing is readable through this call. Safe to repeat.
            Keep the old key configured for the idempotency retention (24 h by default) afterwards, as stored
            answers of idempotent requests are sealed under the master key directly.""")
    @APIResponse(responseCode = "200", description = "What was re-wrapped.", content = @Content(schema = @Schema(implementation = RewrapResult.class), examples = @ExampleObject(name = "rotated", value = "{\"activeMasterKey\": \"k2\", \"rewrapped\": 1342}")))
    public Response rewrap() {
        int rewrapped = intimate.rewrapAll();
        return Response.ok(new RewrapResult(ring.activeId(), rewrapped)).build();
    }
}
