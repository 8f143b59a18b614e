package app.kintsugi.commitment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import app.kintsugi.platform.idempotency.Idempotent;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;

@Path("/v1")
@Tag(name = "Commitments")
@Produces(MediaType.APPLICATION_JSON)
class FeedResource {

    static final String CALENDAR_TYPE = "text/calendar";
    private static final String COUPLE = "The couple's id.";

    private final FeedService feeds;
    private final SecurityIdentity identity;

    FeedResource(FeedService feeds, SecurityIdentity identity) {
        this.feeds = feeds;
        this.identity = identity;
    }

    @GET
    @Path("/couples/{coupleId}/my-calendar-feed")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "getMyCalendarFeed", summary = "My calendar feed", description = """
            Whether the caller's calendar feed has a working secret address, and whether it shows titles. The
            address itself is shown only when it is made.""")
    @APIResponse(responseCode = "200", description = "The feed's state.", content = @Content(schema = @Schema(implementation = FeedView.class), examples = @ExampleObject(name = "active", value = CommitmentContract.FEED)))
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public FeedView get(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId) {
        return feeds.settings(Callers.of(identity), coupleId);
    }

    @PUT
    @Path("/couples/{coupleId}/my-calendar-feed")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setMyCalendarFeed", summary = "Choose what my feed shows", description = """
            With `showTitles: false` (the default) every event of the caller's feed reads `Reminder`, with no
            category or detail, because calendars are often visible to others. Only the caller's own feed
            changes.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FeedSettings.class), examples = @ExampleObject(name = "titles", value = "{\"showTitles\": true}")))
    @APIResponse(responseCode = "200", description = "The feed's state.", content = @Content(schema = @Schema(implementation = FeedView.class), examples = @ExampleObject(name = "active", value = CommitmentContract.FEED)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemCatalog.COUPLE_ENDED)
    @APIResponse(responseCode = "422", ref = CommitmentContract.INVALID_FEED_SETTINGS)
    public FeedView set(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            FeedSettings settings) {
        return feeds.update(Callers.of(identity), coupleId, settings);
    }

    @POST
    @Path("/couples/{coupleId}/my-calendar-feed/secrets")
    @Idempotent
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "issueMyCalendarFeedSecret", summary = "Make a new secret feed address", description = """
            Makes a new secret address for the caller's calendar feed and answers it, once: subscribe to it in a
            calendar app (no token needed there). The previous address stops working at once, so this is also how
            to rotate a leaked one.""")
    @APIResponse(responseCode = "201", description = "The feed with its new address.", headers = @Header(name = HttpHeaders.LOCATION, description = "The caller's feed.", required = true, schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = FeedView.class), examples = @ExampleObject(name = "issued", value = CommitmentContract.FEED_ISSUED)))
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemCatalog.COUPLE_ENDED)
    public Response issue(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Context UriInfo uri) {
        FeedView feed = feeds.issue(Callers.of(identity), coupleId, uri.getBaseUri().toString());
        return Response.status(Response.Status.CREATED).entity(feed)
                .header(HttpHeaders.LOCATION, "/v1/couples/" + coupleId + "/my-calendar-feed").build();
    }

    @DELETE
    @Path("/couples/{coupleId}/my-calendar-feed")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "revokeMyCalendarFeed", summary = "Revoke my feed address", description = """
            The caller's secret feed address stops working; the setting stays. Revoking twice changes nothing.""")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public Response revoke(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId) {
        feeds.revoke(Callers.of(identity), coupleId);
        return Response.noContent().build();
    }

    @GET
    @Path("/calendar-feeds/{secret}")
    @PermitAll
    @SecurityRequirements
    @Produces({CALENDAR_TYPE, "application/problem+json"})
    @Operation(operationId = "readCalendarFeed", summary = "A partner's calendar feed (iCalendar)", description = """
            The iCalendar (RFC 5545) document calendar apps subscribe to, with no bearer token: the secret in the
            address is the key. It holds its partner's own and the shared commitments, 30 days back and 92 ahead;
            timed ones in UTC, the others as all-day events. Titles appear only if that partner chose so; otherwise
            every event reads `Reminder`. The feed's own words (`Reminder`, the calendar's name) are in the language
            of that partner's profile locale (`en`, `es` or `de`, else `en`), since calendar apps poll it on their
            own; `Content-Language` says which, and a neutral summary carries it as its `LANGUAGE` parameter. A
            replaced or revoked address, or one of an ended couple, answers 404.""")
    @APIResponse(responseCode = "200", description = "The calendar.", headers = {
            @Header(name = HttpHeaders.CACHE_CONTROL, description = "`private, no-store`: the feed is personal and never kept by a shared cache.", required = true, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = CommitmentContract.FEED_LANGUAGE, required = true, schema = @Schema(type = SchemaType.STRING))}, content = @Content(mediaType = CALENDAR_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "neutral", value = CommitmentContract.ICS)))
    @APIResponse(responseCode = "404", ref = CommitmentContract.FEED_NOT_FOUND)
    public Response read(
            @Parameter(description = "The feed's secret, as in the address: 43 characters of base64url.", schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9_-]{43}$")) @PathParam("secret") String secret) {
        return feeds.render(secret)
                .map(feed -> Response.ok(feed.body(), CALENDAR_TYPE + "; charset=utf-8")
                        .header(HttpHeaders.CONTENT_LANGUAGE, feed.language())
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build())
                .orElseThrow(() -> Problems.notFound("There is no calendar feed at this address."));
    }
}
