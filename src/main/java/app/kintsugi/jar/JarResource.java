package app.kintsugi.jar;

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
@Tag(name = "Trust me jar")
@Produces(MediaType.APPLICATION_JSON)
class JarResource {

    private static final String COUPLE = "The couple's id.";
    private static final String SLIP = "The slip's id.";
    private static final String LIMIT = "Page size, 1 to 100.";
    private static final String CURSOR = "The `nextCursor` of the previous page, unchanged.";

    private final JarService jar;
    private final SecurityIdentity identity;

    JarResource(JarService jar, SecurityIdentity identity) {
        this.jar = jar;
        this.identity = identity;
    }

    @POST
    @Path("/couples/{coupleId}/jar-slips")
    @Idempotent
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addJarSlip", summary = "Put a slip in the jar", description = """
            Either partner adds one small act of trust, on one line: asking about the other's day, phones away at
            meals, "I love you" in the morning. The jar is shared by design: both partners see every slip in it, and
            either may draw any of them. The text is stored encrypted and never logged. A slip can be added while
            the couple waits for the second partner, not while it is paused. The jar holds at most 100 slips.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewJarSlip.class), examples = @ExampleObject(name = "slip", value = JarContract.NEW_SLIP)))
    @APIResponse(responseCode = "201", description = "The slip; `Location` names it.", headers = @Header(name = HttpHeaders.LOCATION, description = "The new slip.", required = true, schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = JarSlipView.class), examples = @ExampleObject(name = "added", value = JarContract.SLIP)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = JarContract.ADD_SLIP_CONFLICT)
    @APIResponse(responseCode = "422", ref = JarContract.INVALID_SLIP)
    public Response add(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId, NewJarSlip slip) {
        JarSlipView added = jar.add(Callers.of(identity), coupleId, slip);
        return Response.created(URI.create("/v1/couples/" + coupleId + "/jar-slips/" + added.id())).entity(added)
                .build();
    }

    @GET
    @Path("/couples/{coupleId}/jar-slips")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "listJarSlips", summary = "Look into the jar", description = """
            Every slip in the jar, whoever wrote it, newest first. Removed slips are not listed. After the couple
            ended, a former partner sees only the slips they wrote. Counselors do not read the jar.""")
    @APIResponse(responseCode = "200", description = "A page of slips.", content = @Content(schema = @Schema(implementation = JarSlipPage.class), examples = @ExampleObject(name = "two", value = JarContract.SLIP_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public JarSlipPage list(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = CURSOR) @QueryParam("cursor") String cursor) {
        return jar.slips(Callers.of(identity), coupleId, limit, cursor);
    }

    @GET
    @Path("/couples/{coupleId}/jar-slips/{slipId}")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "getJarSlip", summary = "Read a slip", description = """
            One slip in the jar. A removed slip answers 404, as does the other partner's after the couple ended.""")
    @APIResponse(responseCode = "200", description = "The slip.", content = @Content(schema = @Schema(implementation = JarSlipView.class), examples = @ExampleObject(name = "slip", value = JarContract.SLIP)))
    @APIResponse(responseCode = "404", ref = JarContract.SLIP_NOT_FOUND)
    public JarSlipView get(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = SLIP) @PathParam("slipId") String slipId) {
        return jar.slip(Callers.of(identity), coupleId, slipId);
    }

    @DELETE
    @Path("/couples/{coupleId}/jar-slips/{slipId}")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "removeJarSlip", summary = "Take my slip out of the jar", description = """
            The slip's author takes it out, at any time, even after the couple ended. It is never drawn again and its
            text is erased at once; past draws of it keep their day and done mark, without the text.""")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "403", ref = JarContract.NOT_SLIP_AUTHOR)
    @APIResponse(responseCode = "404", ref = JarContract.SLIP_NOT_FOUND)
    public Response remove(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = SLIP) @PathParam("slipId") String slipId) {
        jar.remove(Callers.of(identity), coupleId, slipId);
        return Response.noContent().build();
    }

    @PUT
    @Path("/couples/{coupleId}/my-jar-draws/today")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "drawJarSlip", summary = "Draw my slip for today", description = """
            The caller's slip for today, in the couple's time zone. The first call of the day draws it at random;
            every later call that day answers the same slip, so the call is safe to repeat. A slip does not come back
            for the caller until every slip in the jar was drawn once in their current cycle; then a new cycle
            starts, never with the act drawn last if there is another. Each partner draws for themselves, and
            neither sees the other's draws. If today's slip is removed before its act was marked done, the next call
            draws another. Not while the couple is paused or still forming.""")
    @APIResponse(responseCode = "200", description = "Today's slip.", content = @Content(schema = @Schema(implementation = JarDrawView.class), examples = @ExampleObject(name = "today", value = JarContract.DRAW)))
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = JarContract.DRAW_CONFLICT)
    public JarDrawView draw(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId) {
        return jar.draw(Callers.of(identity), coupleId);
    }

    @GET
    @Path("/couples/{coupleId}/my-jar-draws")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "listMyJarDraws", summary = "My past draws", description = """
            The caller's own draws, newest day first: the day, the act, and whether it was marked done. The text is
            absent for a slip removed since, and after the couple ended for a slip the other partner wrote.""")
    @APIResponse(responseCode = "200", description = "A page of draws.", content = @Content(schema = @Schema(implementation = JarDrawPage.class), examples = @ExampleObject(name = "three", value = JarContract.DRAW_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public JarDrawPage draws(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = CURSOR) @QueryParam("cursor") String cursor) {
        return jar.draws(Callers.of(identity), coupleId, limit, cursor);
    }

    @PUT
    @Path("/couples/{coupleId}/my-jar-draws/today/done")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "markJarActDone", summary = "Mark today's act done", description = """
            The caller did the act drawn today: it counts as an act of repair for that day in the trust tracker.
            Only today's draw can be marked, on its own day in the couple's time zone; marking again changes
            nothing. Not while the couple is paused or still forming.""")
    @APIResponse(responseCode = "200", description = "Today's draw, done.", content = @Content(schema = @Schema(implementation = JarDrawView.class), examples = @ExampleObject(name = "done", value = JarContract.DRAW_DONE)))
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = JarContract.DONE_CONFLICT)
    public JarDrawView markDone(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId) {
        return jar.markDone(Callers.of(identity), coupleId);
    }

    @DELETE
    @Path("/couples/{coupleId}/my-jar-draws/today/done")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "undoJarActDone", summary = "Take back today's done mark", description = """
            Undoes the done mark of today's draw, on the same day only; a past day stays as it was. When today's
            act is not marked done, nothing changes. Not while the couple is paused or still forming.""")
    @APIResponse(responseCode = "204", description = "Today's act is not marked done.")
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = JarContract.UNDO_DONE_CONFLICT)
    public Response undoDone(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId) {
        jar.undoDone(Callers.of(identity), coupleId);
        return Response.noContent().build();
    }
}
