package app.kintsugi.exercise;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

import app.kintsugi.platform.http.ConditionalGet;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;
import app.kintsugi.profile.RequestLanguage;

@Path("/v1")
@Tag(name = "Exercise catalogue")
@Produces(MediaType.APPLICATION_JSON)
class PromptSetResource {

    private static final String LANGUAGE = "Preferred languages (RFC 9110); when none fits, the caller's profile locale, then English.";

    private final PromptSets prompts;
    private final ObjectMapper mapper;
    private final RequestLanguage requestLanguage;
    private final SecurityIdentity identity;

    PromptSetResource(PromptSets prompts, ObjectMapper mapper, RequestLanguage requestLanguage,
            SecurityIdentity identity) {
        this.prompts = prompts;
        this.mapper = mapper;
        this.requestLanguage = requestLanguage;
        this.identity = identity;
    }

    private String language(String acceptLanguage) {
        return requestLanguage.choose(acceptLanguage, Callers.of(identity), prompts.languages());
    }

    @GET
    @Path("/prompt-sets")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(operationId = "listPromptSets", summary = "List reflection prompt sets", description = """
            Questions couples ask each other: the five questions, conversation starters and progress questions, in
            their curated order. Answers carry an `ETag` for `If-None-Match`.""")
    @APIResponse(responseCode = "200", description = "A page of prompt sets.", headers = {
            @Header(name = HttpHeaders.ETAG, description = "Digest of this page; send it as `If-None-Match`.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = "The language of the texts: the best for `Accept-Language`, else for the caller's profile locale, else `en`.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.VARY, description = ExerciseContract.VARY, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CACHE_CONTROL, description = ExerciseContract.CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = PromptSetPage.class), examples = @ExampleObject(name = "sets", value = ExerciseContract.PROMPT_SET_PAGE)))
    @APIResponse(responseCode = "304", description = "Nothing changed since the `ETag` sent; no body.")
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    public Response list(
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor,
            @Parameter(description = LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Parameter(description = "An `ETag` of this page read before.") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String language = language(acceptLanguage);
        return ConditionalGet.answer(mapper, ifNoneMatch, prompts.list(language, limit, cursor), language);
    }

    @GET
    @Path("/prompt-sets/{slug}")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(operationId = "getPromptSet", summary = "Read a reflection prompt set", description = """
            One set of questions, in the language negotiated with `Accept-Language` (English when none fits).
            Answers carry an `ETag` for `If-None-Match`.""")
    @APIResponse(responseCode = "200", description = "The prompt set.", headers = {
            @Header(name = HttpHeaders.ETAG, description = "Digest of the set; send it as `If-None-Match`.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = "The language of the texts: the best for `Accept-Language`, else for the caller's profile locale, else `en`.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.VARY, description = ExerciseContract.VARY, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CACHE_CONTROL, description = ExerciseContract.CACHE_CONTROL, schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = PromptSetView.class), examples = @ExampleObject(name = "fiveQuestions", value = ExerciseContract.PROMPT_SET)))
    @APIResponse(responseCode = "304", description = "Nothing changed since the `ETag` sent; no body.")
    @APIResponse(responseCode = "404", ref = ExerciseContract.PROMPT_SET_NOT_FOUND)
    public Response get(
            @Parameter(description = "The set's slug, such as `five-questions`.", schema = @Schema(type = SchemaType.STRING, pattern = ExerciseContract.SLUG_PATTERN, maxLength = 60)) @PathParam("slug") String slug,
            @Parameter(description = LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Parameter(description = "An `ETag` read before.") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String language = language(acceptLanguage);
        return ConditionalGet.answer(mapper, ifNoneMatch, prompts.get(slug, language), language);
    }
}
