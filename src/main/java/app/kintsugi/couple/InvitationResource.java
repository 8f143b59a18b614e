package app.kintsugi.couple;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
@Tag(name = "Invitations")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
class InvitationResource {

    private final InvitationService service;
    private final SecurityIdentity identity;

    InvitationResource(InvitationService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Path("/couples/{coupleId}/invitations")
    @Idempotent
    @Expensive
    @Operation(operationId = "createInvitation", summary = "Invite the other partner", description = """
            Creates a single-use invitation and answers its code, once: only a hash is kept. Pass the code on by any
            channel, typed or inside a link of your app. It expires after 72 hours (configurable) and can be revoked
            until it is used.""")
    @APIResponse(responseCode = "201", description = "Created; the answer holds the code, which is never shown again.", headers = @Header(name = HttpHeaders.LOCATION, description = "The new invitation.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = InvitationView.class), examples = @ExampleObject(name = "created", value = CoupleContract.INVITATION_CREATED)))
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CoupleContract.INVITE_CONFLICT)
    public Response create(@Parameter(description = "The couple's id.") @PathParam("coupleId") String coupleId) {
        InvitationView invitation = service.create(Callers.of(identity), coupleId);
        return Response.created(URI.create("/v1/couples/" + coupleId + "/invitations/" + invitation.id()))
                .entity(invitation).build();
    }

    @GET
    @Path("/couples/{coupleId}/invitations")
    @Operation(operationId = "listInvitations", summary = "List the couple's invitations", description = """
            The couple's invitations, newest first, with their status only: codes are never shown again.""")
    @APIResponse(responseCode = "200", description = "A page of invitations.", content = @Content(schema = @Schema(implementation = InvitationPage.class), examples = @ExampleObject(name = "page", value = CoupleContract.INVITATION_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public InvitationPage list(@Parameter(description = "The couple's id.") @PathParam("coupleId") String coupleId,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        return service.list(Callers.of(identity), coupleId, limit, cursor);
    }

    @GET
    @Path("/couples/{coupleId}/invitations/{invitationId}")
    @Operation(operationId = "getInvitation", summary = "Read an invitation", description = "One invitation's status; its code is never shown again.")
    @APIResponse(responseCode = "200", description = "The invitation.", content = @Content(schema = @Schema(implementation = InvitationView.class), examples = @ExampleObject(name = "accepted", value = CoupleContract.INVITATION)))
    @APIResponse(responseCode = "404", ref = CoupleContract.INVITATION_NOT_FOUND)
    public InvitationView get(@Parameter(description = "The couple's id.") @PathParam("coupleId") String coupleId,
            @Parameter(description = "The invitation's id.") @PathParam("invitationId") String invitationId) {
        return service.get(Callers.of(identity), coupleId, invitationId);
    }

    @DELETE
    @Path("/couples/{coupleId}/invitations/{invitationId}")
    @Operation(operationId = "revokeInvitation", summary = "Revoke an invitation", description = """
            Withdraws an open invitation at once; its code stops working. The invitation stays in the list as
            `revoked`; revoking it again changes nothing.""")
    @APIResponse(responseCode = "200", description = "The invitation, revoked.", content = @Content(schema = @Schema(implementation = InvitationView.class), examples = @ExampleObject(name = "revoked", value = CoupleContract.INVITATION_REVOKED)))
    @APIResponse(responseCode = "404", ref = CoupleContract.INVITATION_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CoupleContract.INVITATION_NOT_OPEN)
    public Response revoke(@Parameter(description = "The couple's id.") @PathParam("coupleId") String coupleId,
            @Parameter(description = "The invitation's id.") @PathParam("invitationId") String invitationId) {
        return Response.ok(service.revoke(Callers.of(identity), coupleId, invitationId)).build();
    }

    @POST
    @Path("/invitation-acceptances")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Expensive
    @Operation(operationId = "acceptInvitation", summary = "Accept an invitation", description = """
            Joins the couple of the invitation, with the invitee's explicit consent; the couple becomes `active`.
            Refusals change nothing. Codes that match nothing count against the caller: after 5 within 15 minutes
            (configurable) every attempt answers 429 until the window has passed.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Acceptance.class), examples = @ExampleObject(name = "accept", value = CoupleContract.ACCEPTANCE)))
    @APIResponse(responseCode = "200", description = "Joined; the couple.", headers = @Header(name = HttpHeaders.CONTENT_LOCATION, description = "The couple joined.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CoupleView.class), examples = @ExampleObject(name = "active", value = CoupleContract.COUPLE_ACTIVE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = CoupleContract.ACCEPT_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CoupleContract.ACCEPT_CONFLICT)
    @APIResponse(responseCode = "410", ref = CoupleContract.ACCEPT_GONE)
    @APIResponse(responseCode = "422", ref = CoupleContract.INVALID_ACCEPTANCE)
    @APIResponse(responseCode = "429", ref = ProblemCatalog.TOO_MANY_ATTEMPTS)
    public Response accept(Acceptance acceptance) {
        CoupleView couple = service.accept(Callers.of(identity), acceptance);
        return Response.ok(couple).header(HttpHeaders.CONTENT_LOCATION, "/v1/couples/" + couple.id()).build();
    }
}
