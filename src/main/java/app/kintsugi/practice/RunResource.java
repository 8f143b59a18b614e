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
class RunResource {

    static final String COUPLE = "The couple's id.";
    static final String LANGUAGE = "Preferred languages for exercise texts; English when none fits.";

    private final RunService runs;
    private final ExerciseCatalogue catalogue;
    private final SecurityIdentity identity;

    RunResource(RunService runs, ExerciseCatalogue catalogue, SecurityIdentity identity) {
        this.runs = runs;
        this.catalogue = catalogue;
        this.identity = identity;
    }

    @POST
    @Path("/couples/{coupleId}/practice-runs")
    @Idempotent
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startRun", summary = "Start a practice run", description = """
            Starts staying with one exercise for some days (7 unless said otherwise), from today in the couple's time
            zone or a later day. The run keeps the exercise's current version even if the catalogue changes later.
            One run is in progress at a time: another answers 409 unless a partner sends `endCurrent: true`, which
            ends the current one as abandoned. A counselor with the `assignExercises` scope may assign a run
            (`assigned: true`); the partners may decline it, and a counselor never ends the couple's own run. Needs
            an active couple (not forming, paused or ended); touch exercises need both partners' choice.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewRun.class), examples = {
            @ExampleObject(name = "week", value = PracticeContract.NEW_RUN),
            @ExampleObject(name = "replace", summary = "End the run in progress and start this one", value = PracticeContract.NEW_RUN_REPLACING)}))
    @APIResponse(responseCode = "201", description = "Started; `Location` names the run.", headers = @Header(name = HttpHeaders.LOCATION, description = "The new run.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = RunView.class), examples = @ExampleObject(name = "active", value = PracticeContract.RUN)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = PracticeContract.START_RUN_CONFLICT)
    @APIResponse(responseCode = "422", ref = PracticeContract.INVALID_RUN)
    public Response start(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            NewRun body) {
        RunView run = runs.start(Callers.of(identity), coupleId, body, language(acceptLanguage));
        return Response.created(URI.create("/v1/couples/" + coupleId + "/practice-runs/" + run.id())).entity(run)
                .build();
    }

    @GET
    @Path("/couples/{coupleId}/practice-runs")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "listRuns", summary = "List practice runs", description = """
            The couple's runs, newest first, each with the exercise version it practised. A counselor needs the
            `sessions` scope; the read is logged for the partners.""")
    @APIResponse(responseCode = "200", description = "A page of runs.", content = @Content(schema = @Schema(implementation = RunPage.class), examples = @ExampleObject(name = "one", value = PracticeContract.RUN_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public RunPage list(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor,
            @Parameter(description = LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return runs.list(Callers.of(identity), coupleId, limit, cursor, language(acceptLanguage));
    }

    @GET
    @Path("/couples/{coupleId}/practice-runs/{runId}")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "getRun", summary = "Read a practice run", description = """
            A run with today's day of the run and the sessions completed in it. An active or paused run whose last
            day has passed reads as completed.""")
    @APIResponse(responseCode = "200", description = "The run.", content = @Content(schema = @Schema(implementation = RunView.class), examples = @ExampleObject(name = "active", value = PracticeContract.RUN)))
    @APIResponse(responseCode = "404", ref = PracticeContract.RUN_NOT_FOUND)
    public RunView get(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = "The run's id.") @PathParam("runId") String runId,
            @Parameter(description = LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return runs.get(Callers.of(identity), coupleId, runId, language(acceptLanguage));
    }

    @PUT
    @Path("/couples/{coupleId}/practice-runs/{runId}/status")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeRunStatus", summary = "Pause, resume, finish, abandon or decline a run", description = """
            Either partner, without a reason: `active` ⇄ `paused`; from either, `completed`, `abandoned`, or (for an
            assigned run) `declined`, which are final. Resuming waits while the couple is paused. Who changed it is not
            recorded. Asking for the status the run has changes nothing.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RunChange.class), examples = {
            @ExampleObject(name = "pause", value = "{\"status\": \"paused\"}"),
            @ExampleObject(name = "decline", value = "{\"status\": \"declined\"}")}))
    @APIResponse(responseCode = "200", description = "The run.", content = @Content(schema = @Schema(implementation = RunView.class), examples = @ExampleObject(name = "paused", value = PracticeContract.RUN_PAUSED)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = PracticeContract.RUN_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = PracticeContract.RUN_TRANSITION)
    @APIResponse(responseCode = "422", ref = PracticeContract.INVALID_RUN_CHANGE)
    public RunView change(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = "The run's id.") @PathParam("runId") String runId,
            @Parameter(description = LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            RunChange change) {
        return runs.change(Callers.of(identity), coupleId, runId, change, language(acceptLanguage));
    }

    private String language(String acceptLanguage) {
        return catalogue.negotiate(acceptLanguage, Callers.of(identity));
    }
}
