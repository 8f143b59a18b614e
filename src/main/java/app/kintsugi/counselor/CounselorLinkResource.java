package app.kintsugi.counselor;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import app.kintsugi.platform.idempotency.Idempotent;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.ratelimit.Expensive;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;

@Path("/v1/counselor-links")
@Tag(name = "Counselor access")
@RolesAllowed(Roles.COUNSELOR)
@Produces(MediaType.APPLICATION_JSON)
class CounselorLinkResource {

    private final CounselorService service;
    private final SecurityIdentity identity;

    CounselorLinkResource(CounselorService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Idempotent
    @Expensive
    @Operation(operationId = "createCounselorLink", summary = "Create a link code for a couple", description = """
            For a counselor: a single-use code to give one couple. A partner submits it with the scopes they offer;
            access starts only once the other partner consents too. The code is answered once (only a hash is kept)
            and expires after 7 days (configurable).""")
    @APIResponse(responseCode = "201", description = "Created; the answer holds the code, which is never shown again.", headers = @Header(name = HttpHeaders.LOCATION, description = "The new link.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CounselorLinkView.class), examples = @ExampleObject(name = "created", value = CounselorContract.COUNSELOR_LINK_CREATED)))
    public Response create() {
        CounselorLinkView link = service.createLink(Callers.of(identity));
        return Response.created(URI.create("/v1/counselor-links/" + link.id())).entity(link).build();
    }

    @GET
    @Operation(operationId = "listCounselorLinks", summary = "List my link codes", description = "The counselor's link codes, newest first, with their status only.")
    @APIResponse(responseCode = "200", description = "A page of links.", content = @Content(schema = @Schema(implementation = CounselorLinkPage.class), examples = @ExampleObject(name = "page", value = CounselorContract.COUNSELOR_LINK_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    public CounselorLinkPage list(
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        return service.links(Callers.of(identity), limit, cursor);
    }

    @GET
    @Path("/{linkId}")
    @Operation(operationId = "getCounselorLink", summary = "Read a link code's status", description = "One of the counselor's links; its code is never shown again.")
    @APIResponse(responseCode = "200", description = "The link.", content = @Content(schema = @Schema(implementation = CounselorLinkView.class), examples = @ExampleObject(name = "used", value = CounselorContract.COUNSELOR_LINK)))
    @APIResponse(responseCode = "404", ref = CounselorContract.LINK_NOT_FOUND)
    public CounselorLinkView get(@Parameter(description = "The link's id.") @PathParam("linkId") String linkId) {
        return service.link(Callers.of(identity), linkId);
    }

    @DELETE
    @Path("/{linkId}")
    @Operation(operationId = "revokeCounselorLink", summary = "Revoke a link code", description = "Withdraws an open code; revoking it again changes nothing.")
    @APIResponse(responseCode = "200", description = "The link, revoked.", content = @Content(schema = @Schema(implementation = CounselorLinkView.class), examples = @ExampleObject(name = "revoked", value = CounselorContract.COUNSELOR_LINK_REVOKED)))
    @APIResponse(responseCode = "404", ref = CounselorContract.LINK_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CounselorContract.LINK_NOT_OPEN)
    public Response revoke(@Parameter(description = "The link's id.") @PathParam("linkId") String linkId) {
        return Response.ok(service.revokeLink(Callers.of(identity), linkId)).build();
    }
}
