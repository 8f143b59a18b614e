package app.kintsugi.counselor;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import app.kintsugi.platform.idempotency.Idempotent;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.ratelimit.Expensive;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;

@Path("/v1")
@Tag(name = "Counselor access")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
class CounselorGrantResource {

    private final CounselorService service;
    private final SecurityIdentity identity;

    CounselorGrantResource(CounselorService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Path("/couples/{coupleId}/counselor-grants")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Expensive
    @Operation(operationId = "submitCounselorCode", summary = "Submit a counselor's code", description = """
            A partner submits the code a counselor gave, with the scopes they offer and an optional expiry (90 days
            by default). The submitting partner's consent is recorded with it; the grant is in force only once the
            other partner consents too. Codes that match nothing count against the caller, as for invitations.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = GrantRequest.class), examples = @ExampleObject(name = "offer", value = CounselorContract.GRANT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created, waiting for the other partner's consent.", headers = @Header(name = HttpHeaders.LOCATION, description = "The new grant.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = GrantView.class), examples = @ExampleObject(name = "awaiting", value = CounselorContract.GRANT_AWAITING)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = CounselorContract.GRANT_CODE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CounselorContract.GRANT_CONFLICT)
    @APIResponse(responseCode = "410", ref = CounselorContract.LINK_GONE)
    @APIResponse(responseCode = "422", ref = CounselorContract.INVALID_GRANT)
    @APIResponse(responseCode = "429", ref = ProblemCatalog.TOO_MANY_ATTEMPTS)
    public Response submit(@Parameter(description = "The couple's id.") @PathParam("coupleId") String coupleId,
            GrantRequest request) {
        GrantView grant = service.submit(Callers.of(identity), coupleId, request);
        return Response.created(URI.create("/v1/couples/" + coupleId + "/counselor-grants/" + grant.id()))
                .entity(grant).build();
    }

    @GET
    @Path("/couples/{coupleId}/counselor-grants")
    @Operation(operationId = "listCounselorGrants", summary = "List the couple's counselor grants", description = """
            Every grant of the couple, newest first, whatever its status, with what each partner agreed to.""")
    @APIResponse(responseCode = "200", description = "A page of grants.", content = @Content(schema = @Schema(implementation = GrantPage.class), examples = @ExampleObject(name = "page", value = CounselorContract.GRANT_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public GrantPage list(@Parameter(description = "The couple's id.") @PathParam("coupleId") String coupleId,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        return service.grants(Callers.of(identity), coupleId, limit, cursor);
    }

    @GET
    @Path("/couples/{coupleId}/counselor-grants/{grantId}")
    @Operation(operationId = "getCounselorGrant", summary = "Read a counselor grant", description = "One grant of the couple.")
    @APIResponse(responseCode = "200", description = "The grant.", content = @Content(schema = @Schema(implementation = GrantView.class), examples = {
            @ExampleObject(name = "awaiting", value = CounselorContract.GRANT_AWAITING),
            @ExampleObject(name = "active", value = CounselorContract.GRANT_ACTIVE)}))
    @APIResponse(responseCode = "404", ref = CounselorContract.GRANT_NOT_FOUND)
    public GrantView get(@Parameter(description = "The couple's id.") @PathParam("coupleId") String coupleId,
            @Parameter(description = "The grant's id.") @PathParam("grantId") String grantId) {
        return service.grant(Callers.of(identity), coupleId, grantId);
    }

    @PUT
    @Path("/couples/{coupleId}/counselor-grants/{grantId}/my-consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "consentToCounselorGrant", summary = "Consent to a counselor grant", description = """
            The other partner agrees to some or all of the offered scopes; the grant comes into force with the scopes
            both agreed to. To decline, revoke the grant instead.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ConsentRequest.class), examples = @ExampleObject(name = "fewer", summary = "Agree to fewer scopes than offered", value = CounselorContract.CONSENT_REQUEST)))
    @APIResponse(responseCode = "200", description = "The grant, now in force.", content = @Content(schema = @Schema(implementation = GrantView.class), examples = @ExampleObject(name = "active", value = CounselorContract.GRANT_ACTIVE)))
    @APIResponse(responseCode = "404", ref = CounselorContract.GRANT_NOT_FOUND)
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "409", ref = CounselorContract.CONSENT_CONFLICT)
    @APIResponse(responseCode = "422", ref = CounselorContract.INVALID_CONSENT)
    public Response consent(@Parameter(description = "The couple's id.") @PathParam("coupleId") String coupleId,
            @Parameter(description = "The grant's id.") @PathParam("grantId") String grantId,
            ConsentRequest request) {
        return Response.ok(service.consent(Callers.of(identity), coupleId, grantId, request)).build();
    }

    @DELETE
    @Path("/couples/{coupleId}/counselor-grants/{grantId}")
    @Operation(operationId = "revokeCounselorGrant", summary = "Revoke a counselor grant, alone", description = """
            Either partner ends the counselor's access at once, without the other's approval; the next read by the
            counselor answers 404. Who revoked is not recorded. Revoking a revoked or expired grant changes nothing.""")
    @APIResponse(responseCode = "200", description = "The grant, revoked.", content = @Content(schema = @Schema(implementation = GrantView.class), examples = @ExampleObject(name = "revoked", value = CounselorContract.GRANT_REVOKED)))
    @APIResponse(responseCode = "404", ref = CounselorContract.GRANT_NOT_FOUND)
    public Response revoke(@Parameter(description = "The couple's id.") @PathParam("coupleId") String coupleId,
            @Parameter(description = "The grant's id.") @PathParam("grantId") String grantId) {
        return Response.ok(service.revoke(Callers.of(identity), coupleId, grantId)).build();
    }

    @GET
    @Path("/couples/{coupleId}/access-log")
    @Operation(operationId = "listAccessLog", summary = "Read the counselor access log", description = """
            Every read of the couple's data by a counselor, newest first: who, which kind of data, when; never what
            was read. Both partners, and former partners, can page through it.""")
    @APIResponse(responseCode = "200", description = "A page of the log.", content = @Content(schema = @Schema(implementation = AccessLogPage.class), examples = @ExampleObject(name = "page", value = CounselorContract.ACCESS_LOG_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public AccessLogPage accessLog(@Parameter(description = "The couple's id.") @PathParam("coupleId") String coupleId,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        return service.accessLog(Callers.of(identity), coupleId, limit, cursor);
    }
}
