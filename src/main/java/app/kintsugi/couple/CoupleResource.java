package app.kintsugi.couple;

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
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;

@Path("/v1")
@Tag(name = "Couples")
@Produces(MediaType.APPLICATION_JSON)
class CoupleResource {

    private final CoupleService service;
    private final SecurityIdentity identity;

    CoupleResource(CoupleService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Path("/couples")
    @Idempotent
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCouple", summary = "Start a couple", description = """
            Creates the caller's couple space with the caller as its first partner; status `forming` until the other
            partner accepts an invitation. Every field is optional. A person has at most one couple that has not
            ended.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewCouple.class), examples = @ExampleObject(name = "couple", value = CoupleContract.NEW_COUPLE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` names the couple.", headers = @Header(name = HttpHeaders.LOCATION, description = "The new couple.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CoupleView.class), examples = @ExampleObject(name = "forming", value = CoupleContract.COUPLE_FORMING)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "409", ref = CoupleContract.CREATE_COUPLE_CONFLICT)
    @APIResponse(responseCode = "422", ref = CoupleContract.INVALID_COUPLE)
    public Response create(NewCouple body) {
        CoupleView couple = service.create(Callers.of(identity), body);
        return Response.created(URI.create("/v1/couples/" + couple.id())).entity(couple).build();
    }

    @GET
    @Path("/couples")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "listMyCouples", summary = "List my couples", description = """
            The couples the caller is or was a partner in, newest first: at most one that has not ended, and any that
            ended. Counselors list theirs with `GET /v1/counselor/couples`.""")
    @APIResponse(responseCode = "200", description = "A page of couples.", content = @Content(schema = @Schema(implementation = CouplePage.class), examples = @ExampleObject(name = "one", value = CoupleContract.COUPLE_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    public CouplePage list(
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        return service.list(Callers.of(identity), limit, cursor);
    }

    @GET
    @Path("/couples/{coupleId}")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "getCouple", summary = "Read a couple", description = """
            The couple as the caller may see it: partners' display names, status and the caller's role. A counselor
            under a grant in force sees it too, and that read is written to the couple's access log. Nobody is ever
            told which partner paused.""")
    @APIResponse(responseCode = "200", description = "The couple.", content = @Content(schema = @Schema(implementation = CoupleView.class), examples = {
            @ExampleObject(name = "active", value = CoupleContract.COUPLE_ACTIVE),
            @ExampleObject(name = "paused", summary = "Seen by the partner who paused", value = CoupleContract.COUPLE_PAUSED),
            @ExampleObject(name = "ended", summary = "Seen by a former partner", value = CoupleContract.COUPLE_ENDED),
            @ExampleObject(name = "counselor", summary = "Seen by a counselor", value = CoupleContract.COUPLE_FOR_COUNSELOR)}))
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public CoupleView get(@Parameter(description = "The couple's id.") @PathParam("coupleId") String coupleId) {
        return service.get(Callers.of(identity), coupleId);
    }

    @PUT
    @Path("/couples/{coupleId}/my-pause")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "pauseCouple", summary = "Pause, alone and quietly", description = """
            Pauses the couple for as long as the caller wants: nothing new is shared and progress stands still. No
            reason is asked and the other partner only sees `paused`, never who. Only the caller can lift their own
            pause. Putting it again changes nothing.""")
    @APIResponse(responseCode = "200", description = "The couple, now paused.", content = @Content(schema = @Schema(implementation = CoupleView.class), examples = @ExampleObject(name = "paused", value = CoupleContract.COUPLE_PAUSED)))
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemCatalog.COUPLE_ENDED)
    public Response pause(@Parameter(description = "The couple's id.") @PathParam("coupleId") String coupleId) {
        return Response.ok(service.pause(Callers.of(identity), coupleId)).build();
    }

    @DELETE
    @Path("/couples/{coupleId}/my-pause")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "resumeCouple", summary = "Lift my pause", description = """
            Lifts the caller's own pause. The couple is active again unless the other partner holds a pause of their
            own.""")
    @APIResponse(responseCode = "200", description = "The couple.", content = @Content(schema = @Schema(implementation = CoupleView.class), examples = @ExampleObject(name = "active", value = CoupleContract.COUPLE_ACTIVE)))
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CoupleContract.RESUME_CONFLICT)
    public Response resume(@Parameter(description = "The couple's id.") @PathParam("coupleId") String coupleId) {
        return Response.ok(service.resume(Callers.of(identity), coupleId)).build();
    }

    @DELETE
    @Path("/couples/{coupleId}/my-membership")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "leaveCouple", summary = "Leave, ending the couple", description = """
            Ends the couple for good, by the caller alone: open invitations and every counselor grant are revoked,
            and from now on nothing of one former partner reaches the other. Each keeps read access to what they
            authored. The caller may then start or join another couple.""")
    @APIResponse(responseCode = "200", description = "The couple, ended.", content = @Content(schema = @Schema(implementation = CoupleView.class), examples = @ExampleObject(name = "ended", value = CoupleContract.COUPLE_ENDED)))
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemCatalog.COUPLE_ENDED)
    public Response leave(@Parameter(description = "The couple's id.") @PathParam("coupleId") String coupleId) {
        return Response.ok(service.leave(Callers.of(identity), coupleId)).build();
    }

    @POST
    @Path("/couples/{coupleId}/sharing-stops")
    @Idempotent
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "stopSharing", summary = "Stop sharing, in one call", description = """
            For the caller alone, at once: withdraws their consent to every counselor grant (which revokes each),
            revokes open invitations, pauses the couple and makes the caller's new items private by default. Safe to
            call again: the answer says what this call changed. On an ended couple it changes nothing.""")
    @APIResponse(responseCode = "200", description = "What changed, and the couple as it now is.", content = @Content(schema = @Schema(implementation = StopSharingResult.class), examples = {
            @ExampleObject(name = "first", value = CoupleContract.STOP_SHARING),
            @ExampleObject(name = "again", summary = "A repeated call", value = CoupleContract.STOP_SHARING_AGAIN)}))
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public Response stopSharing(
            @Parameter(description = "The couple's id.") @PathParam("coupleId") String coupleId) {
        return Response.ok(service.stopSharing(Callers.of(identity), coupleId)).build();
    }

    @PUT
    @Path("/couples/{coupleId}/my-sharing-defaults")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setMySharingDefaults", summary = "Choose how my new items start", description = """
            Sets whether the items the caller creates from now on start private. Stop sharing turns this on; this is
            how the caller turns it off again when they are ready. It is the caller's alone: the other partner cannot
            see or change it.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SharingDefaults.class), examples = @ExampleObject(name = "shareAgain", value = CoupleContract.SHARING_DEFAULTS)))
    @APIResponse(responseCode = "200", description = "The couple, with the caller's setting.", content = @Content(schema = @Schema(implementation = CoupleView.class), examples = @ExampleObject(name = "active", value = CoupleContract.COUPLE_ACTIVE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemCatalog.COUPLE_ENDED)
    @APIResponse(responseCode = "422", ref = CoupleContract.INVALID_SHARING_DEFAULTS)
    public CoupleView setSharingDefaults(
            @Parameter(description = "The couple's id.") @PathParam("coupleId") String coupleId,
            SharingDefaults defaults) {
        return service.setSharingDefaults(Callers.of(identity), coupleId, defaults);
    }
}
