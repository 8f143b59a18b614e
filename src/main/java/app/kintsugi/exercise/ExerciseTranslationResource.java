package app.kintsugi.exercise;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import app.kintsugi.platform.http.ETags;
import app.kintsugi.platform.i18n.TranslationPhaseChange;
import app.kintsugi.platform.i18n.TranslationSummary;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.security.Roles;

@Path("/v1/exercises/{slug}/versions/{version}/translations")
@Tag(name = "Translations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
class ExerciseTranslationResource {

    private static final String SLUG = "The exercise's slug.";
    private static final String VERSION = "The version translated, from 1.";

    private final ExerciseTranslations translations;

    ExerciseTranslationResource(ExerciseTranslations translations) {
        this.translations = translations;
    }

    @GET
    @Operation(operationId = "listExerciseTranslations", summary = "List a version's translations (admins)", description = """
            Every translation of one exercise version, by language, with its status and whether it is stale (its
            English changed after it was written). Drafts and retired exercises can be translated too.""")
    @APIResponse(responseCode = "200", description = "A page of translations.", content = @Content(schema = @Schema(implementation = TranslationSummary.Page.class), examples = @ExampleObject(name = "two", value = TranslationContract.TRANSLATION_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    @APIResponse(responseCode = "404", ref = TranslationContract.TRANSLATION_NOT_FOUND)
    public TranslationSummary.Page list(
            @Parameter(description = SLUG, schema = @Schema(type = SchemaType.STRING, pattern = ExerciseContract.SLUG_PATTERN, maxLength = 60)) @PathParam("slug") String slug,
            @Parameter(description = VERSION, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "9999")) @PathParam("version") String version,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        return translations.list(slug, version, limit, cursor);
    }

    @GET
    @Path("/{language}")
    @Operation(operationId = "getExerciseTranslation", summary = "Read a translation for review (admins)", description = """
            One translation of an exercise version, whatever its status, as admins review it before publishing.""")
    @APIResponse(responseCode = "200", description = "The translation.", headers = @Header(name = HttpHeaders.ETAG, description = "Send it as `If-Match` to change the translation.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ExerciseTranslationView.class), examples = @ExampleObject(name = "german", value = TranslationContract.EXERCISE_TRANSLATION)))
    @APIResponse(responseCode = "404", ref = TranslationContract.TRANSLATION_NOT_FOUND)
    public Response get(
            @Parameter(description = SLUG, schema = @Schema(type = SchemaType.STRING, pattern = ExerciseContract.SLUG_PATTERN, maxLength = 60)) @PathParam("slug") String slug,
            @Parameter(description = VERSION, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "9999")) @PathParam("version") String version,
            @Parameter(description = TranslationContract.LANGUAGE_PATH, schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]{2,3}(-[A-Z]{2})?$", maxLength = 6)) @PathParam("language") String language) {
        return tagged(translations.get(slug, version, language)).build();
    }

    @PUT
    @Path("/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putExerciseTranslation", summary = "Write a translation as a draft (admins)", description = """
            Writes the version's words in another language, made from its English as it is now. The translation is
            saved as a **draft** and readers of that language get English until it is published with
            `PUT .../status`; rewriting a published translation takes it back to draft while it is reviewed. Each list
            has as many items as the English, in the same order. Replacing a translation needs its `If-Match`;
            creating one needs none.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ExerciseTranslationDraft.class), examples = @ExampleObject(name = "german", value = TranslationContract.EXERCISE_TRANSLATION_DRAFT)))
    @APIResponse(responseCode = "200", description = "The translation replaced, now a draft.", headers = @Header(name = HttpHeaders.ETAG, description = "The new ETag.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ExerciseTranslationView.class), examples = @ExampleObject(name = "german", value = TranslationContract.EXERCISE_TRANSLATION)))
    @APIResponse(responseCode = "201", description = "The translation created as a draft; `Location` names it.", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "The translation.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = "Send it as `If-Match` to change the translation.", schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = ExerciseTranslationView.class), examples = @ExampleObject(name = "german", value = TranslationContract.EXERCISE_TRANSLATION)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = TranslationContract.TRANSLATION_NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ProblemCatalog.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = TranslationContract.INVALID_EXERCISE_TRANSLATION)
    @APIResponse(responseCode = "428", ref = ProblemCatalog.PRECONDITION_REQUIRED)
    public Response put(
            @Parameter(description = SLUG, schema = @Schema(type = SchemaType.STRING, pattern = ExerciseContract.SLUG_PATTERN, maxLength = 60)) @PathParam("slug") String slug,
            @Parameter(description = VERSION, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "9999")) @PathParam("version") String version,
            @Parameter(description = TranslationContract.LANGUAGE_PATH, schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]{2,3}(-[A-Z]{2})?$", maxLength = 6)) @PathParam("language") String language,
            @Parameter(description = "The `ETag` last read; required to replace a translation, absent to create one.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ExerciseTranslationDraft draft) {
        ExerciseTranslations.Shown shown = translations.put(slug, version, language, ifMatch, draft);
        if (shown.created()) {
            return tagged(shown).status(Response.Status.CREATED).location(URI.create("/v1/exercises/" + slug
                    + "/versions/" + shown.view().version() + "/translations/" + shown.view().language())).build();
        }
        return tagged(shown).build();
    }

    @PUT
    @Path("/{language}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeExerciseTranslationStatus", summary = "Publish or withdraw a translation (admins)", description = """
            `published` serves the translation to readers of its language as soon as the version itself is
            visible: a translation of a draft is published with the exercise. `draft` withdraws it; readers get
            English again. A stale translation cannot be published. Asking for the status it has changes nothing.
            Needs `If-Match`.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TranslationPhaseChange.class), examples = {
            @ExampleObject(name = "publish", value = "{\"status\": \"published\"}"),
            @ExampleObject(name = "withdraw", value = "{\"status\": \"draft\"}")}))
    @APIResponse(responseCode = "200", description = "The translation with its new status.", headers = @Header(name = HttpHeaders.ETAG, description = "The new ETag.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ExerciseTranslationView.class), examples = @ExampleObject(name = "german", value = TranslationContract.EXERCISE_TRANSLATION)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = TranslationContract.TRANSLATION_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = TranslationContract.TRANSLATION_STALE)
    @APIResponse(responseCode = "412", ref = ProblemCatalog.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ProblemCatalog.INVALID_STATUS_CHANGE)
    @APIResponse(responseCode = "428", ref = ProblemCatalog.PRECONDITION_REQUIRED)
    public Response changeStatus(
            @Parameter(description = SLUG, schema = @Schema(type = SchemaType.STRING, pattern = ExerciseContract.SLUG_PATTERN, maxLength = 60)) @PathParam("slug") String slug,
            @Parameter(description = VERSION, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "9999")) @PathParam("version") String version,
            @Parameter(description = TranslationContract.LANGUAGE_PATH, schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]{2,3}(-[A-Z]{2})?$", maxLength = 6)) @PathParam("language") String language,
            @Parameter(description = "The `ETag` last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            TranslationPhaseChange change) {
        return tagged(translations.changeStatus(slug, version, language, ifMatch, change)).build();
    }

    @DELETE
    @Path("/{language}")
    @Operation(operationId = "deleteExerciseTranslation", summary = "Remove a translation (admins)", description = """
            Removes the translation; readers of its language get English. Needs `If-Match`.""")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "404", ref = TranslationContract.TRANSLATION_NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ProblemCatalog.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ProblemCatalog.PRECONDITION_REQUIRED)
    public Response delete(
            @Parameter(description = SLUG, schema = @Schema(type = SchemaType.STRING, pattern = ExerciseContract.SLUG_PATTERN, maxLength = 60)) @PathParam("slug") String slug,
            @Parameter(description = VERSION, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "9999")) @PathParam("version") String version,
            @Parameter(description = TranslationContract.LANGUAGE_PATH, schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]{2,3}(-[A-Z]{2})?$", maxLength = 6)) @PathParam("language") String language,
            @Parameter(description = "The `ETag` last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        translations.delete(slug, version, language, ifMatch);
        return Response.noContent().build();
    }

    private static Response.ResponseBuilder tagged(ExerciseTranslations.Shown shown) {
        return Response.ok(shown.view()).tag(ETags.of(shown.revision()));
    }
}
