package app.kintsugi.couple;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;

@Path("/v1")
@Tag(name = "Counselor access")
@RolesAllowed(Roles.COUNSELOR)
@Produces(MediaType.APPLICATION_JSON)
class CounselorCoupleResource {

    private final CoupleService service;
    private final SecurityIdentity identity;

    CounselorCoupleResource(CoupleService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/counselor/couples")
    @Operation(operationId = "listCounseledCouples", summary = "List the couples I counsel", description = """
            For a counselor: the couples whose grant is in force (both partners consented, not revoked or expired),
            newest grant first, each with the scopes both partners allowed. Each couple listed is a read of its
            overview and appears in that couple's access log.""")
    @APIResponse(responseCode = "200", description = "A page of couples.", content = @Content(schema = @Schema(implementation = CouplePage.class), examples = @ExampleObject(name = "page", value = CoupleContract.COUNSELED_COUPLE_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    public CouplePage list(
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        return service.listForCounselor(Callers.of(identity), limit, cursor);
    }
}
