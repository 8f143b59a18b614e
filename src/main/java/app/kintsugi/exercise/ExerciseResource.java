package app.kintsugi.exercise;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

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

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

import app.kintsugi.platform.http.ConditionalGet;
import app.kintsugi.platform.http.QueryValues;
import app.kintsugi.platform.idempotency.Idempotent;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;

@Path("/v1")
@Tag(name = "Exercise catalogue")
@Produces(MediaType.APPLICATION_JSON)
class ExerciseResource {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("^[0-9]{1,4}$");
    private static final String SLUG = "The exercise's slug.";
    private static final String LANGUAGE = "Preferred languages (RFC 9110); when none fits, the caller's profile locale, then English.";

    private final ExerciseCatalogue catalogue;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;

    ExerciseResource(ExerciseCatalogue catalogue, SecurityIdentity identity, ObjectMapper mapper) {
        this.catalogue = catalogue;
        this.identity = identity;
        this.mapper = mapper;
    }

    @GET
    @Path("/exercises")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(operationId = "browseExercises", summary = "Browse the catalogue", description = """
            Published exercises, by slug, or by relevance when `q` is given (PostgreSQL full-text search over title,
            summary and steps, English stemming). Filters combine with AND. Admins also see drafts and retired
            exercises and may filter by `status`. Answers carry an `ETag`: send it back in `If-None-Match` to get
            `304 Not Modified` while nothing changed.""")
    @APIResponse(responseCode = "200", description = "A page of the catalogue.", headers = {
            @Header(name = HttpHeaders.ETAG, description = "Digest of this page; send it as `If-None-Match`.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = "The language of the texts: the best for `Accept-Language`, else for the caller's profile locale, else `en`.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.VARY, description = ExerciseContract.VARY, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CACHE_CONTROL, description = ExerciseContract.CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = ExercisePage.class), examples = @ExampleObject(name = "gentleShort", summary = "?intensity=gentle&maxMinutes=10", value = ExerciseContract.EXERCISE_PAGE)))
    @APIResponse(responseCode = "304", description = "Nothing changed since the `ETag` sent in `If-None-Match`; no body.")
    @APIResponse(responseCode = "400", ref = ExerciseContract.BAD_CATALOGUE_QUERY)
    public Response browse(
            @Parameter(description = "Only this category.", schema = @Schema(implementation = Category.class)) @QueryParam("category") String category,
            @Parameter(description = "Only exercises of at most this many minutes.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "240")) @QueryParam("maxMinutes") String maxMinutes,
            @Parameter(description = "Only this intensity.", schema = @Schema(implementation = Intensity.class)) @QueryParam("intensity") String intensity,
            @Parameter(description = "`true` for touch exercises only, `false` to leave them out.", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("involvesTouch") String involvesTouch,
            @Parameter(description = "Only exercises with this tag.", schema = @Schema(type = SchemaType.STRING, pattern = ExerciseContract.SLUG_PATTERN, maxLength = 30)) @QueryParam("tag") String tag,
            @Parameter(description = "Words to search for, in web-search syntax (`\"quoted phrase\"`, `-without`, `or`); at most 200 characters.", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200)) @QueryParam("q") String text,
            @Parameter(description = "Admins only: only exercises in this status.", schema = @Schema(implementation = ExerciseStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor,
            @Parameter(description = LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Parameter(description = "An `ETag` of this page read before.") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Callers caller = Callers.of(identity);
        ExerciseCatalogue.Filter filter = new ExerciseCatalogue.Filter(
                QueryValues.word(Category.class, "category", category),
                minutes(maxMinutes), QueryValues.word(Intensity.class, "intensity", intensity), bool(involvesTouch),
                tag(tag),
                search(text), status(caller, status));
        String language = catalogue.negotiate(acceptLanguage, caller);
        ExercisePage page = catalogue.browse(caller, filter, language, limit, cursor);
        return ConditionalGet.answer(mapper, ifNoneMatch, page, language);
    }

    @POST
    @Path("/exercises")
    @Idempotent
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createExercise", summary = "Write a new exercise (admins)", description = """
            Creates a draft, version 1, in English. Drafts are invisible to everyone but admins until published with
            `PUT /v1/exercises/{slug}/status`.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ExerciseDraft.class), examples = @ExampleObject(name = "draft", value = ExerciseContract.EXERCISE_DRAFT)))
    @APIResponse(responseCode = "201", description = "Created as a draft; `Location` names it.", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "The new exercise.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = "Send it as `If-Match` to edit.", schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = ExerciseView.class), examples = @ExampleObject(name = "draft", value = ExerciseContract.EXERCISE_DRAFT_VIEW)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "409", ref = ExerciseContract.SLUG_TAKEN)
    @APIResponse(responseCode = "422", ref = ExerciseContract.INVALID_EXERCISE)
    public Response create(ExerciseDraft draft) {
        if (draft == null) {
            throw Problems.validation("", "required", "Send the exercise as a JSON object.");
        }
        ExerciseCatalogue.Revised created = catalogue.create(draft);
        return Response.created(URI.create("/v1/exercises/" + created.view().slug())).entity(created.view())
                .tag(ExerciseTags.of(created.revision(), created.view().language())).build();
    }

    @GET
    @Path("/exercises/{slug}")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(operationId = "getExercise", summary = "Read an exercise", description = """
            The exercise at its current version, with steps, the timed turn plan, prompts and safety notes. Drafts are
            visible to admins only; a retired exercise stays readable for partners whose couple practised it.""")
    @APIResponse(responseCode = "200", description = "The exercise.", headers = {
            @Header(name = HttpHeaders.ETAG, description = "Changes with every edit; `If-None-Match` gives 304, admins send it as `If-Match` to edit.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = "The language of the texts: the best for `Accept-Language`, else for the caller's profile locale, else `en`.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.VARY, description = ExerciseContract.VARY, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CACHE_CONTROL, description = ExerciseContract.CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = ExerciseView.class), examples = @ExampleObject(name = "checkIn", value = ExerciseContract.EXERCISE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the `ETag` sent in `If-None-Match`; no body.")
    @APIResponse(responseCode = "404", ref = ExerciseContract.EXERCISE_NOT_FOUND)
    public Response get(
            @Parameter(description = SLUG, schema = @Schema(type = SchemaType.STRING, pattern = ExerciseContract.SLUG_PATTERN, maxLength = 60)) @PathParam("slug") String slug,
            @Parameter(description = LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Parameter(description = "An `ETag` read before.") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return versioned(slug, Optional.empty(), acceptLanguage, ifNoneMatch);
    }

    @PUT
    @Path("/exercises/{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceExercise", summary = "Edit an exercise (admins)", description = """
            Replaces the exercise's content. A draft is rewritten in place. A published exercise gets a **new
            version** that is current at once; runs and sessions keep the version they practised, and older versions
            stay readable under `/versions`. Retired exercises cannot be edited (publish first). Needs `If-Match`.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ExerciseDraft.class), examples = @ExampleObject(name = "edit", value = ExerciseContract.EXERCISE_EDIT)))
    @APIResponse(responseCode = "200", description = "The exercise as it now is.", headers = @Header(name = HttpHeaders.ETAG, description = "The new ETag.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ExerciseView.class), examples = @ExampleObject(name = "version2", value = ExerciseContract.EXERCISE_V2)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = ExerciseContract.EXERCISE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ExerciseContract.EXERCISE_RETIRED)
    @APIResponse(responseCode = "412", ref = ProblemCatalog.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ExerciseContract.INVALID_EXERCISE)
    @APIResponse(responseCode = "428", ref = ProblemCatalog.PRECONDITION_REQUIRED)
    public Response replace(
            @Parameter(description = SLUG, schema = @Schema(type = SchemaType.STRING, pattern = ExerciseContract.SLUG_PATTERN, maxLength = 60)) @PathParam("slug") String slug,
            @Parameter(description = "The `ETag` last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ExerciseDraft draft) {
        if (draft == null) {
            throw Problems.validation("", "required", "Send the exercise as a JSON object.");
        }
        return tagged(catalogue.replace(slug, ifMatch, draft));
    }

    @PUT
    @Path("/exercises/{slug}/status")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeExerciseStatus", summary = "Publish or retire an exercise (admins)", description = """
            Moves the exercise along draft → published → retired; a retired exercise can be published again, a
            published one never goes back to draft. Asking for the status it already has changes nothing. `If-Match`
            is optional here; when sent, it must match.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = StatusChange.class), examples = {
            @ExampleObject(name = "publish", value = "{\"status\": \"published\"}"),
            @ExampleObject(name = "retire", value = "{\"status\": \"retired\"}")}))
    @APIResponse(responseCode = "200", description = "The exercise with its new status.", headers = @Header(name = HttpHeaders.ETAG, description = "The new ETag.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ExerciseView.class), examples = @ExampleObject(name = "published", value = ExerciseContract.EXERCISE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = ExerciseContract.EXERCISE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ExerciseContract.EXERCISE_TRANSITION)
    @APIResponse(responseCode = "412", ref = ProblemCatalog.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ProblemCatalog.INVALID_STATUS_CHANGE)
    public Response changeStatus(
            @Parameter(description = SLUG, schema = @Schema(type = SchemaType.STRING, pattern = ExerciseContract.SLUG_PATTERN, maxLength = 60)) @PathParam("slug") String slug,
            @Parameter(description = "The `ETag` last read, optional.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            StatusChange change) {
        return tagged(catalogue.changeStatus(slug, ifMatch, change));
    }

    @GET
    @Path("/exercises/{slug}/versions")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(operationId = "listExerciseVersions", summary = "List an exercise's versions", description = """
            Every version of the exercise, newest first, with the title each had.""")
    @APIResponse(responseCode = "200", description = "A page of versions.", content = @Content(schema = @Schema(implementation = VersionPage.class), examples = @ExampleObject(name = "two", value = ExerciseContract.VERSION_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    @APIResponse(responseCode = "404", ref = ExerciseContract.EXERCISE_NOT_FOUND)
    public VersionPage versions(
            @Parameter(description = SLUG, schema = @Schema(type = SchemaType.STRING, pattern = ExerciseContract.SLUG_PATTERN, maxLength = 60)) @PathParam("slug") String slug,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        return catalogue.versions(Callers.of(identity), slug, limit, cursor);
    }

    @GET
    @Path("/exercises/{slug}/versions/{version}")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(operationId = "getExerciseVersion", summary = "Read one version of an exercise", description = """
            The exercise as it was at that version: what a run or session that practised it showed.""")
    @APIResponse(responseCode = "200", description = "The exercise at that version.", headers = {
            @Header(name = HttpHeaders.ETAG, description = "Send it as `If-None-Match` to get 304 while it is unchanged.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = "The language of the texts: the best for `Accept-Language`, else for the caller's profile locale, else `en`.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.VARY, description = ExerciseContract.VARY, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CACHE_CONTROL, description = ExerciseContract.CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = ExerciseView.class), examples = @ExampleObject(name = "version1", value = ExerciseContract.EXERCISE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the `ETag` sent in `If-None-Match`; no body.")
    @APIResponse(responseCode = "404", ref = ExerciseContract.EXERCISE_NOT_FOUND)
    public Response version(
            @Parameter(description = SLUG, schema = @Schema(type = SchemaType.STRING, pattern = ExerciseContract.SLUG_PATTERN, maxLength = 60)) @PathParam("slug") String slug,
            @Parameter(description = "The version number, from 1.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "9999")) @PathParam("version") String version,
            @Parameter(description = LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Parameter(description = "An `ETag` read before.") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (!WHOLE_NUMBER.matcher(version).matches()) {
            throw Problems.notFound("This exercise has no version " + version + ".");
        }
        return versioned(slug, Optional.of(Integer.parseInt(version)), acceptLanguage, ifNoneMatch);
    }

    private Response versioned(String slug, Optional<Integer> version, String acceptLanguage, String ifNoneMatch) {
        Callers caller = Callers.of(identity);
        String language = catalogue.negotiate(acceptLanguage, caller);
        ExerciseCatalogue.Revised shown = catalogue.view(caller, slug, version, language);
        ExerciseView view = shown.view();
        Response.ResponseBuilder builder = ExerciseTags.notModified(ifNoneMatch, shown.revision(), view.language())
                ? Response.notModified()
                : Response.ok(view);
        return builder.tag(ExerciseTags.of(shown.revision(), view.language()))
                .header(HttpHeaders.CONTENT_LANGUAGE, view.language())
                .header(HttpHeaders.VARY, "Accept-Language, Authorization")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }

    private static Response tagged(ExerciseCatalogue.Revised changed) {
        return Response.ok(changed.view()).tag(ExerciseTags.of(changed.revision(), changed.view().language()))
                .build();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Query parameters: a bad value is a 400 that names the parameter and what it accepts.

    private static Optional<Integer> minutes(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (WHOLE_NUMBER.matcher(value).matches()) {
            int minutes = Integer.parseInt(value);
            if (minutes >= 1 && minutes <= 240) {
                return Optional.of(minutes);
            }
        }
        throw Problems.invalidParameter("maxMinutes", "out-of-range", "maxMinutes is a whole number from 1 to 240.");
    }

    private static Optional<Boolean> bool(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.equals("true") || value.equals("false")) {
            return Optional.of(Boolean.valueOf(value));
        }
        throw Problems.invalidParameter("involvesTouch", "not-boolean", "involvesTouch is true or false.");
    }

    private static Optional<String> tag(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.length() <= 30 && ExerciseRules.SLUG.matcher(value).matches()) {
            return Optional.of(value);
        }
        throw Problems.invalidParameter("tag", "invalid-tag", "A tag is lowercase words joined by dashes.");
    }

    private static Optional<String> search(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBlank() || value.length() > 200 || value.codePoints().anyMatch(Character::isISOControl)) {
            throw Problems.invalidParameter("q", "invalid-search", "q is 1 to 200 characters of plain text.");
        }
        return Optional.of(value);
    }

    private static Optional<ExerciseStatus> status(Callers caller, String value) {
        Optional<ExerciseStatus> status = QueryValues.word(ExerciseStatus.class, "status", value);
        if (status.isPresent() && status.get() != ExerciseStatus.PUBLISHED && !caller.roles().contains(Roles.ADMIN)) {
            throw Problems.invalidParameter("status", "admins-only",
                    "Only admins can list drafts and retired exercises.");
        }
        return status;
    }
}
