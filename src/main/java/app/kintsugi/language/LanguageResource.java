package app.kintsugi.language;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.security.Roles;

@Path("/v1/languages")
@Tag(name = "Translations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
class LanguageResource {

    private final LanguageReport report;

    LanguageResource(LanguageReport report) {
        this.report = report;
    }

    @GET
    @Operation(operationId = "listLanguages", summary = "How complete each language is (admins)", description = """
            Every language the catalogue is meant to be in (the targets), or has anything translated into, or that
            the API's own texts are written in, with counts of what readers get in it. Items are the current version
            of each exercise that is not retired, each prompt set, each support resource that is not retired, and
            each text of the API itself (problem titles and details, category descriptions, milestone names, calendar
            words).""")
    @APIResponse(responseCode = "200", description = "A page of languages.", content = @Content(schema = @Schema(implementation = LanguageCoverage.Page.class), examples = @ExampleObject(name = "two", value = LanguageContract.COVERAGE_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    public LanguageCoverage.Page list(
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        return report.languages(limit, cursor);
    }

    @GET
    @Path("/{language}")
    @Operation(operationId = "getLanguage", summary = "How complete one language is (admins)", description = """
            The counts for one language, whether or not it is a target; a language nothing is translated into
            counts every item as missing.""")
    @APIResponse(responseCode = "200", description = "The language's coverage.", content = @Content(schema = @Schema(implementation = LanguageCoverage.class), examples = @ExampleObject(name = "spanish", value = LanguageContract.COVERAGE)))
    @APIResponse(responseCode = "404", ref = LanguageContract.LANGUAGE_NOT_FOUND)
    public LanguageCoverage get(
            @Parameter(description = LanguageContract.LANGUAGE, schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]{2,3}(-[A-Z]{2})?$", maxLength = 6)) @PathParam("language") String language) {
        return report.language(language);
    }

    @GET
    @Path("/{language}/gaps")
    @Operation(operationId = "listTranslationGaps", summary = "What a language still lacks (admins)", description = """
            The missing-translation report: every item readers of the language do not get in it, because no
            translation exists (`missing`), it waits for review (`draft`), or its source changed since it was written
            (`stale`). Empty when the language is complete.""")
    @APIResponse(responseCode = "200", description = "A page of gaps, by kind and item.", content = @Content(schema = @Schema(implementation = TranslationGap.Page.class), examples = @ExampleObject(name = "two", value = LanguageContract.GAP_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    @APIResponse(responseCode = "404", ref = LanguageContract.LANGUAGE_NOT_FOUND)
    public TranslationGap.Page gaps(
            @Parameter(description = LanguageContract.LANGUAGE, schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]{2,3}(-[A-Z]{2})?$", maxLength = 6)) @PathParam("language") String language,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        return report.gaps(language, limit, cursor);
    }

    @PUT
    @Path("/{language}")
    @Operation(operationId = "addTargetLanguage", summary = "Make a language a target (admins)", description = """
            Lists the language as one the catalogue is meant to be complete in, so that the report measures it
            before its first translation exists. No body. Doing it again changes nothing.""")
    @APIResponse(responseCode = "200", description = "It was a target already.", content = @Content(schema = @Schema(implementation = LanguageCoverage.class), examples = @ExampleObject(name = "spanish", value = LanguageContract.COVERAGE)))
    @APIResponse(responseCode = "201", description = "Now a target.", headers = @Header(name = "Location", description = "The language's coverage.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = LanguageCoverage.class), examples = @ExampleObject(name = "spanish", value = LanguageContract.COVERAGE)))
    @APIResponse(responseCode = "404", ref = LanguageContract.LANGUAGE_NOT_FOUND)
    @APIResponse(responseCode = "422", ref = LanguageContract.INVALID_TARGET)
    public Response mark(
            @Parameter(description = LanguageContract.LANGUAGE, schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]{2,3}(-[A-Z]{2})?$", maxLength = 6)) @PathParam("language") String language) {
        LanguageReport.Marked marked = report.mark(language);
        if (marked.created()) {
            return Response.created(java.net.URI.create("/v1/languages/" + marked.coverage().language()))
                    .entity(marked.coverage()).build();
        }
        return Response.ok(marked.coverage()).build();
    }

    @DELETE
    @Path("/{language}")
    @Operation(operationId = "removeTargetLanguage", summary = "Stop targeting a language (admins)", description = """
            The language is no longer a target; its translations stay and are still served.""")
    @APIResponse(responseCode = "204", description = "No longer a target.")
    @APIResponse(responseCode = "404", ref = LanguageContract.NOT_A_TARGET)
    public Response unmark(
            @Parameter(description = LanguageContract.LANGUAGE, schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]{2,3}(-[A-Z]{2})?$", maxLength = 6)) @PathParam("language") String language) {
        report.unmark(language);
        return Response.noContent().build();
    }
}
