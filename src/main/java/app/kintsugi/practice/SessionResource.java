package app.kintsugi.practice;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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

import app.kintsugi.exercise.ExerciseCatalogue;
import app.kintsugi.platform.idempotency.Idempotent;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;

@Path("/v1")
@Tag(name = "Practice")
@Produces(MediaType.APPLICATION_JSON)
class SessionResource {

    private static final String SESSION = "The session's id.";

    private final SessionService sessions;
    private final FeedbackService feedback;
    private final ExerciseCatalogue catalogue;
    private final SecurityIdentity identity;

    SessionResource(SessionService sessions, FeedbackService feedback, ExerciseCatalogue catalogue,
            SecurityIdentity identity) {
        this.sessions = sessions;
        this.feedback = feedback;
        this.catalogue = catalogue;
        this.identity = identity;
    }

    @POST
    @Path("/couples/{coupleId}/sessions")
    @Idempotent
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openSession", summary = "Open a timed session", description = """
            Opens a session of a run's exercise version (`runId`, while the run is active) or of any published
            exercise (`exercise`). The timer starts at once and the answer holds the concrete schedule: who leads
            each turn, from when until when. The caller leads the plan's partnerA turns unless `firstLead` is
            `partner`. One session is under way per couple. Needs an active couple; a touch exercise needs both
            partners' choice (a gentle 409 otherwise, never saying whose choice is missing).""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewSession.class), examples = {
            @ExampleObject(name = "ofRun", value = PracticeContract.NEW_SESSION_OF_RUN),
            @ExampleObject(name = "alone", summary = "Outside any run", value = PracticeContract.NEW_SESSION)}))
    @APIResponse(responseCode = "201", description = "Opened and running; `Location` names the session.", headers = @Header(name = HttpHeaders.LOCATION, description = "The new session.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SessionView.class), examples = @ExampleObject(name = "running", value = PracticeContract.SESSION_RUNNING)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = PracticeContract.START_SESSION_CONFLICT)
    @APIResponse(responseCode = "422", ref = PracticeContract.INVALID_SESSION)
    public Response open(@Parameter(description = RunResource.COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = RunResource.LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            NewSession body) {
        SessionView session = sessions.open(Callers.of(identity), coupleId, body, language(acceptLanguage));
        return Response.created(URI.create("/v1/couples/" + coupleId + "/sessions/" + session.id())).entity(session)
                .build();
    }

    @GET
    @Path("/couples/{coupleId}/sessions")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "listSessions", summary = "List sessions", description = """
            The couple's sessions, newest first, with their schedules. A counselor needs the `sessions` scope; the
            read is logged for the partners.""")
    @APIResponse(responseCode = "200", description = "A page of sessions.", content = @Content(schema = @Schema(implementation = SessionPage.class), examples = @ExampleObject(name = "one", value = PracticeContract.SESSION_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public SessionPage list(@Parameter(description = RunResource.COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor,
            @Parameter(description = RunResource.LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return sessions.list(Callers.of(identity), coupleId, limit, cursor, language(acceptLanguage));
    }

    @GET
    @Path("/couples/{coupleId}/sessions/{sessionId}")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "getSession", summary = "Read a session", description = """
            The session with its schedule as of now: the turn under way, the active and paused seconds, and once it
            ended, the actual seconds of each turn.""")
    @APIResponse(responseCode = "200", description = "The session.", content = @Content(schema = @Schema(implementation = SessionView.class), examples = {
            @ExampleObject(name = "running", value = PracticeContract.SESSION_RUNNING),
            @ExampleObject(name = "completed", value = PracticeContract.SESSION_COMPLETED)}))
    @APIResponse(responseCode = "404", ref = PracticeContract.SESSION_NOT_FOUND)
    public SessionView get(@Parameter(description = RunResource.COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = SESSION) @PathParam("sessionId") String sessionId,
            @Parameter(description = RunResource.LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return sessions.get(Callers.of(identity), coupleId, sessionId, language(acceptLanguage));
    }

    @PUT
    @Path("/couples/{coupleId}/sessions/{sessionId}/status")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeSessionStatus", summary = "Pause, resume, complete or stop a session", description = """
            Either partner, at any moment, without a reason: `running` ⇄ `paused`; from either, `completed` or
            `stopped`, which are final. A pause is never a failure: the remaining turns simply move later. Completing
            may carry the seconds each turn actually took; otherwise they are taken from the timer. Resuming waits
            while the couple is paused, and a touch exercise resumes only while both partners still choose touch.
            Asking for the status the session has changes nothing.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SessionChange.class), examples = {
            @ExampleObject(name = "pause", value = "{\"status\": \"paused\"}"),
            @ExampleObject(name = "complete", value = PracticeContract.SESSION_COMPLETE)}))
    @APIResponse(responseCode = "200", description = "The session.", content = @Content(schema = @Schema(implementation = SessionView.class), examples = {
            @ExampleObject(name = "paused", value = PracticeContract.SESSION_PAUSED),
            @ExampleObject(name = "completed", value = PracticeContract.SESSION_COMPLETED)}))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = PracticeContract.SESSION_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = PracticeContract.SESSION_TRANSITION)
    @APIResponse(responseCode = "422", ref = PracticeContract.INVALID_SESSION_CHANGE)
    public SessionView change(@Parameter(description = RunResource.COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = SESSION) @PathParam("sessionId") String sessionId,
            @Parameter(description = RunResource.LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            SessionChange change) {
        return sessions.change(Callers.of(identity), coupleId, sessionId, change, language(acceptLanguage));
    }

    @PUT
    @Path("/couples/{coupleId}/sessions/{sessionId}/my-feedback")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putMyFeedback", summary = "Say how the session felt to me", description = """
            Records (or replaces) the caller's own feedback on a session that ended: felt safe and felt close (1–5),
            "too much", and a short note stored encrypted. It is the caller's alone unless they share it with their
            partner, with a counselor holding the `sessions` scope, or both; unsharing takes effect at once. While
            the couple is paused, a new share waits until the pause ends. "Too much" keeps recommendations gentle
            for a while without saying whose feedback it was.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FeedbackInput.class), examples = {
            @ExampleObject(name = "private", value = PracticeContract.FEEDBACK_INPUT),
            @ExampleObject(name = "shared", summary = "Shared with the partner", value = PracticeContract.FEEDBACK_INPUT_SHARED)}))
    @APIResponse(responseCode = "201", description = "Recorded for the first time.", content = @Content(schema = @Schema(implementation = FeedbackView.class), examples = @ExampleObject(name = "private", value = PracticeContract.FEEDBACK)))
    @APIResponse(responseCode = "200", description = "Replaced.", content = @Content(schema = @Schema(implementation = FeedbackView.class), examples = @ExampleObject(name = "private", value = PracticeContract.FEEDBACK)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = PracticeContract.SESSION_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = PracticeContract.FEEDBACK_CONFLICT)
    @APIResponse(responseCode = "422", ref = PracticeContract.INVALID_FEEDBACK)
    public Response putFeedback(@Parameter(description = RunResource.COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = SESSION) @PathParam("sessionId") String sessionId, FeedbackInput input) {
        FeedbackService.Saved saved = feedback.save(Callers.of(identity), coupleId, sessionId, input);
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK).entity(saved.view())
                .build();
    }

    @GET
    @Path("/couples/{coupleId}/sessions/{sessionId}/feedback")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "listFeedback", summary = "Read the feedback I may see on a session", description = """
            A partner sees their own feedback and what the other partner shared with them; a counselor with the
            `sessions` scope sees what either partner shared with a counselor. Private feedback is never listed to
            anyone but its author, and after a couple ends each former partner sees only their own.""")
    @APIResponse(responseCode = "200", description = "The feedback visible to the caller, newest first.", content = @Content(schema = @Schema(implementation = FeedbackPage.class), examples = @ExampleObject(name = "mineAndShared", value = PracticeContract.FEEDBACK_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    @APIResponse(responseCode = "404", ref = PracticeContract.SESSION_NOT_FOUND)
    public FeedbackPage listFeedback(
            @Parameter(description = RunResource.COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = SESSION) @PathParam("sessionId") String sessionId,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        return feedback.list(Callers.of(identity), coupleId, sessionId, limit, cursor);
    }

    private String language(String acceptLanguage) {
        return catalogue.negotiate(acceptLanguage, Callers.of(identity));
    }
}
