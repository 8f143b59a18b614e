package app.kintsugi.commitment;

import java.net.URI;
import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
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

import app.kintsugi.platform.http.ETags;
import app.kintsugi.platform.http.QueryValues;
import app.kintsugi.platform.i18n.Texts;
import app.kintsugi.platform.idempotency.Idempotent;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;
import app.kintsugi.profile.RequestLanguage;

@Path("/v1")
@Tag(name = "Commitments")
@Produces(MediaType.APPLICATION_JSON)
class CommitmentResource {

    private static final String COUPLE = "The couple's id.";
    private static final String COMMITMENT = "The commitment's id.";
    private static final String DAY = "The occurrence's day, such as 2026-11-23, in the couple's time zone.";

    private final CommitmentService commitments;
    private final SecurityIdentity identity;

    private final RequestLanguage languages;

    CommitmentResource(CommitmentService commitments, SecurityIdentity identity, RequestLanguage languages) {
        this.commitments = commitments;
        this.identity = identity;
        this.languages = languages;
    }

    @GET
    @Path("/commitment-categories")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(operationId = "listCommitmentCategories", summary = "Commitment categories and their colours", description = """
            The six categories with their stable colour tokens (`sage`, `sky`, `plum`, `gold`, `coral`, `slate`)
            for the colour-coded calendar, and a suggested colour for each. Tokens never change; restyle freely.
            Descriptions are in the best language for `Accept-Language` (`en`, `es`, `de`), else for the
            caller's profile locale, else in English; `Content-Language` says which.""")
    @APIResponse(responseCode = "200", description = "Every category, in one page.", headers = {
            @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = CommitmentContract.CONTENT_LANGUAGE, required = true, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.VARY, description = CommitmentContract.VARY, required = true, schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = CategoryView.Page.class), examples = @ExampleObject(name = "categories", value = CommitmentContract.CATEGORIES)))
    public Response categories(
            @Parameter(description = CommitmentContract.ACCEPT_LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = languages.choose(acceptLanguage, caller(), Texts.LANGUAGES);
        CategoryView.Page page = new CategoryView.Page(Arrays.stream(CommitmentCategory.values())
                .map(c -> new CategoryView(c, c.colour(), c.hex(), c.description(language).text())).toList(), null);
        return Response.ok(page).header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, "Accept-Language, Authorization").build();
    }

    /** The caller, when the token names a subject (a service token may not); the profile locale needs one. */
    private Callers caller() {
        return identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? Callers.of(identity)
                : null;
    }

    @POST
    @Path("/couples/{coupleId}/commitments")
    @Idempotent
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "makeCommitment", summary = "Make a commitment", description = """
            The caller commits to something, alone or (with `shared: true`) together with the partner: a title, an
            optional detail, a category and a recurrence on the couple's calendar (`once`, `daily`, `weekdays`,
            `weekly`, `monthly`, optionally at a local time). Title and detail are stored encrypted. At most 40 active
            commitments per couple; none while the couple is paused or still forming.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewCommitment.class), examples = @ExampleObject(name = "checkIn", value = CommitmentContract.NEW_COMMITMENT)))
    @APIResponse(responseCode = "201", description = "The commitment; `Location` names it.", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "The new commitment.", required = true, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = "Send it as `If-Match` to change the commitment.", required = true, schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = CommitmentView.class), examples = @ExampleObject(name = "checkIn", value = CommitmentContract.COMMITMENT)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CommitmentContract.WRITE_CONFLICT)
    @APIResponse(responseCode = "422", ref = CommitmentContract.INVALID_COMMITMENT)
    public Response make(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId, NewCommitment body) {
        CommitmentService.Versioned created = commitments.create(Callers.of(identity), coupleId, body);
        return Response.created(URI.create("/v1/couples/" + coupleId + "/commitments/" + created.view().id()))
                .entity(created.view()).tag(ETags.of(created.version())).build();
    }

    @GET
    @Path("/couples/{coupleId}/commitments")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "listCommitments", summary = "List commitments", description = """
            The couple's commitments, newest first; a counselor with the `commitments` scope reads them too (logged
            in the couple's access log). After the couple ended, a former partner sees only their own.""")
    @APIResponse(responseCode = "200", description = "A page of commitments.", content = @Content(schema = @Schema(implementation = CommitmentPage.class), examples = @ExampleObject(name = "one", value = CommitmentContract.COMMITMENT_PAGE)))
    @APIResponse(responseCode = "400", ref = CommitmentContract.BAD_COMMITMENT_LIST)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public CommitmentPage list(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = "Only commitments in this status.", schema = @Schema(implementation = CommitmentStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        return commitments.list(Callers.of(identity), coupleId,
                QueryValues.word(CommitmentStatus.class, "status", status), limit, cursor);
    }

    @GET
    @Path("/couples/{coupleId}/commitments/{commitmentId}")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "getCommitment", summary = "Read a commitment", description = """
            One commitment with the recurrence in force today.""")
    @APIResponse(responseCode = "200", description = "The commitment.", headers = @Header(name = HttpHeaders.ETAG, description = "Its version; send it as `If-Match` to change it.", required = true, schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CommitmentView.class), examples = @ExampleObject(name = "checkIn", value = CommitmentContract.COMMITMENT)))
    @APIResponse(responseCode = "404", ref = CommitmentContract.COMMITMENT_NOT_FOUND)
    public Response get(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = COMMITMENT) @PathParam("commitmentId") String commitmentId) {
        CommitmentService.Versioned found = commitments.get(Callers.of(identity), coupleId, commitmentId);
        return Response.ok(found.view()).tag(ETags.of(found.version())).build();
    }

    @PUT
    @Path("/couples/{coupleId}/commitments/{commitmentId}")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeCommitment", summary = "Change a commitment", description = """
            Its owner (either partner for a shared one) rewords it or changes its recurrence; needs `If-Match`. A new
            recurrence applies from today in the couple's time zone: earlier days keep the occurrences and marks
            they had.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CommitmentEdit.class), examples = @ExampleObject(name = "weekdays", value = CommitmentContract.COMMITMENT_EDIT)))
    @APIResponse(responseCode = "200", description = "The commitment as it now is.", headers = @Header(name = HttpHeaders.ETAG, description = "The new version.", required = true, schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = CommitmentView.class), examples = @ExampleObject(name = "changed", value = CommitmentContract.OWN_COMMITMENT)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "403", ref = CommitmentContract.NOT_OWNER)
    @APIResponse(responseCode = "404", ref = CommitmentContract.COMMITMENT_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CommitmentContract.CHANGE_CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemCatalog.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = CommitmentContract.INVALID_COMMITMENT)
    @APIResponse(responseCode = "428", ref = ProblemCatalog.PRECONDITION_REQUIRED)
    public Response change(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = COMMITMENT) @PathParam("commitmentId") String commitmentId,
            @Parameter(description = "The `ETag` last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CommitmentEdit body) {
        CommitmentService.Versioned changed = commitments.edit(Callers.of(identity), coupleId, commitmentId, ifMatch,
                body);
        return Response.ok(changed.view()).tag(ETags.of(changed.version())).build();
    }

    @PUT
    @Path("/couples/{coupleId}/commitments/{commitmentId}/status")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeCommitmentStatus", summary = "Complete or retire a commitment", description = """
            `completed` and `retired` end its occurrences after today, for good: a closed commitment is not
            reopened (409), so its history stays true; make a new one instead. Its owner (either partner for a
            shared one) decides.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CommitmentStatusChange.class), examples = @ExampleObject(name = "complete", value = "{\"status\": \"completed\"}")))
    @APIResponse(responseCode = "200", description = "The commitment.", content = @Content(schema = @Schema(implementation = CommitmentView.class), examples = @ExampleObject(name = "checkIn", value = CommitmentContract.COMMITMENT)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "403", ref = CommitmentContract.NOT_OWNER)
    @APIResponse(responseCode = "404", ref = CommitmentContract.COMMITMENT_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CommitmentContract.STATUS_CONFLICT)
    @APIResponse(responseCode = "422", ref = CommitmentContract.INVALID_COMMITMENT_STATUS)
    public CommitmentView changeStatus(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = COMMITMENT) @PathParam("commitmentId") String commitmentId,
            CommitmentStatusChange change) {
        return commitments.changeStatus(Callers.of(identity), coupleId, commitmentId, change);
    }

    @GET
    @Path("/couples/{coupleId}/commitments/{commitmentId}/occurrences")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "listOccurrences", summary = "Occurrences of a commitment", description = """
            The days a commitment falls on between `from` (default today) and `to` (default 27 days later), at most
            92 days, each with its state: `upcoming`, `due` (today, not marked), `unmarked` (past and never marked,
            never counted as kept), `kept`, `partlyKept` or `missed`.""")
    @APIResponse(responseCode = "200", description = "The occurrences in the range, in date order.", content = @Content(schema = @Schema(implementation = Calendar.class), examples = @ExampleObject(name = "range", value = CommitmentContract.CALENDAR)))
    @APIResponse(responseCode = "400", ref = CommitmentContract.BAD_CALENDAR_QUERY)
    @APIResponse(responseCode = "404", ref = CommitmentContract.COMMITMENT_NOT_FOUND)
    public Calendar occurrences(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = COMMITMENT) @PathParam("commitmentId") String commitmentId,
            @Parameter(description = "First day, default today.", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day, default 27 days after `from`; at most 92 days in all.", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        return commitments.occurrences(Callers.of(identity), coupleId, commitmentId, QueryValues.date("from", from),
                QueryValues.date("to", to));
    }

    @GET
    @Path("/couples/{coupleId}/calendar")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "getCalendar", summary = "The colour-coded calendar", description = """
            Every occurrence of the couple's commitments between `from` (default today) and `to` (default 27 days
            later), at most 92 days, in date order, with colour token, owner and state. A counselor with the
            `commitments` scope sees it without the partners' adjustment notes. The range bounds the answer (at
            most 92 days of the commitments open in it), so it is not paged.""")
    @APIResponse(responseCode = "200", description = "The calendar.", content = @Content(schema = @Schema(implementation = Calendar.class), examples = @ExampleObject(name = "twoDays", value = CommitmentContract.CALENDAR)))
    @APIResponse(responseCode = "400", ref = CommitmentContract.BAD_CALENDAR_QUERY)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public Calendar calendar(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = "First day, default today.", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day, default 27 days after `from`; at most 92 days in all.", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        return commitments.calendar(Callers.of(identity), coupleId, QueryValues.date("from", from),
                QueryValues.date("to", to));
    }

    @PUT
    @Path("/couples/{coupleId}/commitments/{commitmentId}/occurrences/{date}/check")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkOccurrence", summary = "Mark how an occurrence went", description = """
            The owner (either partner for a shared commitment) marks an occurrence `kept`, `partlyKept` or `missed`,
            on its day or later, with an optional note on what they will adjust (both partners read it; counselors
            do not). Marking again replaces the mark and drops the partner's acknowledgement. Not while the couple
            is paused, nor after it ended.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CheckInput.class), examples = @ExampleObject(name = "partly", value = CommitmentContract.CHECK)))
    @APIResponse(responseCode = "200", description = "The occurrence.", content = @Content(schema = @Schema(implementation = OccurrenceView.class), examples = @ExampleObject(name = "kept", value = CommitmentContract.OCCURRENCE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "403", ref = CommitmentContract.NOT_OWNER)
    @APIResponse(responseCode = "404", ref = CommitmentContract.OCCURRENCE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CommitmentContract.CHECK_CONFLICT)
    @APIResponse(responseCode = "422", ref = CommitmentContract.INVALID_CHECK)
    public OccurrenceView check(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = COMMITMENT) @PathParam("commitmentId") String commitmentId,
            @Parameter(description = DAY, schema = @Schema(type = SchemaType.STRING, format = "date")) @PathParam("date") String date,
            CheckInput body) {
        return commitments.check(Callers.of(identity), coupleId, commitmentId, date, body);
    }

    @DELETE
    @Path("/couples/{coupleId}/commitments/{commitmentId}/occurrences/{date}/check")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "uncheckOccurrence", summary = "Take a mark back", description = """
            The occurrence is unmarked again, and any acknowledgement of it goes too. Taking back a mark that is not
            there changes nothing. Not while the couple is paused, nor after it ended.""")
    @APIResponse(responseCode = "204", description = "Unmarked.")
    @APIResponse(responseCode = "403", ref = CommitmentContract.NOT_OWNER)
    @APIResponse(responseCode = "404", ref = CommitmentContract.OCCURRENCE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CommitmentContract.UNCHECK_CONFLICT)
    public Response uncheck(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = COMMITMENT) @PathParam("commitmentId") String commitmentId,
            @Parameter(description = DAY, schema = @Schema(type = SchemaType.STRING, format = "date")) @PathParam("date") String date) {
        commitments.uncheck(Callers.of(identity), coupleId, commitmentId, date);
        return Response.noContent().build();
    }

    @PUT
    @Path("/couples/{coupleId}/commitments/{commitmentId}/occurrences/{date}/acknowledgement")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "acknowledgeOccurrence", summary = "Acknowledge a kept occurrence", description = """
            The partner who neither owns the commitment nor marked the occurrence acknowledges it, once it is marked
            `kept`: the owner sees who and when. There is no deadline: any day after the mark, as long as the mark
            stays `kept` (a new mark drops the acknowledgement). Not while the couple is paused, nor after it ended.
            Acknowledging again changes nothing.""")
    @APIResponse(responseCode = "200", description = "The occurrence.", content = @Content(schema = @Schema(implementation = OccurrenceView.class), examples = @ExampleObject(name = "acknowledged", value = CommitmentContract.OCCURRENCE)))
    @APIResponse(responseCode = "404", ref = CommitmentContract.OCCURRENCE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CommitmentContract.ACKNOWLEDGE_CONFLICT)
    public OccurrenceView acknowledge(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = COMMITMENT) @PathParam("commitmentId") String commitmentId,
            @Parameter(description = DAY, schema = @Schema(type = SchemaType.STRING, format = "date")) @PathParam("date") String date) {
        return commitments.acknowledge(Callers.of(identity), coupleId, commitmentId, date);
    }

    @DELETE
    @Path("/couples/{coupleId}/commitments/{commitmentId}/occurrences/{date}/acknowledgement")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "withdrawOccurrenceAcknowledgement", summary = "Withdraw an acknowledgement", description = """
            The partner takes their acknowledgement of a kept occurrence back; when they gave none, nothing changes.
            The occurrence must still be marked `kept` (409 `not-kept` otherwise). Not while the couple is paused,
            nor after it ended.""")
    @APIResponse(responseCode = "204", description = "Withdrawn.")
    @APIResponse(responseCode = "404", ref = CommitmentContract.OCCURRENCE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CommitmentContract.ACKNOWLEDGE_CONFLICT)
    public Response withdraw(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = COMMITMENT) @PathParam("commitmentId") String commitmentId,
            @Parameter(description = DAY, schema = @Schema(type = SchemaType.STRING, format = "date")) @PathParam("date") String date) {
        commitments.withdrawAcknowledgement(Callers.of(identity), coupleId, commitmentId, date);
        return Response.noContent().build();
    }
}
