package app.kintsugi.helpline;

import java.net.URI;
import java.util.Optional;

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
import app.kintsugi.platform.i18n.TranslationPhaseChange;
import app.kintsugi.platform.i18n.TranslationSummary;
import app.kintsugi.platform.idempotency.Idempotent;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;

@Path("/v1")
@Tag(name = "Support resources", description = "Hotlines, crisis lines and counseling directories by country and language, curated by admins. Reading them is never recorded and never notifies anyone.")
@Produces(MediaType.APPLICATION_JSON)
class HelplineResource {

    private static final String ID = "The support resource's id.";
    private static final String LANGUAGE = "The translation's language: a BCP 47 tag of a language and an optional region, such as `es` or `pt-BR`, other than the resource's own. A tag that cannot name a translation finds none (404); writing one under it answers 422.";
    private static final String ACCEPT_LANGUAGE = "The languages the caller reads, as browsers send them; descriptions are given in the best one that has a published translation.";
    private static final String VARY = "Accept-Language, Authorization";

    private final SupportDirectory directory;
    private final SupportTranslations translations;
    private final SecurityIdentity identity;

    HelplineResource(SupportDirectory directory, SupportTranslations translations, SecurityIdentity identity) {
        this.directory = directory;
        this.translations = translations;
        this.identity = identity;
    }

    @GET
    @Path("/support-resources")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(operationId = "listSupportResources", summary = "Find support and safety resources", description = """
            Hotlines, crisis lines, text lines and counseling directories. With `country` (or, without it, the
            region of the caller's profile locale, such as BR for `pt-BR`), that country's resources come first and
            the international ones follow; with no country known, the international ones come first, then every
            country's by country code. Within each group, by name. `language` matches by primary language, so `pt`
            and `pt-BR` both find resources in `pt`, `pt-BR` and `pt-PT`; it filters by the language a resource
            serves in, never by the language of a translation.

            Each description is in the caller's language when an admin published a translation of it made from its
            current text: chosen from `Accept-Language`, else from the caller's profile locale, among the resource's
            own language and its translations; otherwise it is the resource's own. `descriptionLanguage` says which;
            names, contact details and hours are never translated. `Content-Language` is the language of the page
            when every description is in it, else the list of the languages present.

            Reading this list is private: it is not recorded anywhere, not shown in any partner's or counselor's
            view, touches no couple and sends no notification, and the answer is never stored by caches.""")
    @APIResponse(responseCode = "200", description = "A page of resources.", headers = {
            @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = "The language of the descriptions, such as `es`; when they are not all in one language, every language present, such as `es, pt-PT`. Absent on an empty page.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.VARY, description = "`Accept-Language, Authorization`: the answer depends on both.", schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = SupportResourcePage.class), examples = {
                    @ExampleObject(name = "portugal", summary = "?country=PT", value = HelplineContract.RESOURCE_PAGE)}))
    @APIResponse(responseCode = "400", ref = HelplineContract.BAD_SUPPORT_QUERY)
    public Response list(
            @Parameter(description = "ISO 3166-1 alpha-2 code of the country to find help in (either case), or `ZZ` for international resources only.", schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{2}$"), example = "PT") @QueryParam("country") String country,
            @Parameter(description = "Only resources in this language (BCP 47), matched by primary language.", schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", maxLength = 35), example = "pt") @QueryParam("language") String language,
            @Parameter(description = "Only this kind.", schema = @Schema(implementation = SupportResourceKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor,
            @Parameter(description = ACCEPT_LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        SupportDirectory.Filter filter = new SupportDirectory.Filter(country(country), language(language),
                QueryValues.word(SupportResourceKind.class, "kind", kind));
        SupportDirectory.Shown shown = directory.list(Callers.of(identity), acceptLanguage, filter, limit, cursor);
        Response.ResponseBuilder answer = Response.ok(shown.page()).header(HttpHeaders.VARY, VARY);
        shown.contentLanguage().ifPresent(said -> answer.header(HttpHeaders.CONTENT_LANGUAGE, said));
        return answer.build();
    }

    @POST
    @Path("/support-resources")
    @Idempotent
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addSupportResource", summary = "Add a support resource (admins)", description = """
            Adds a resource to the directory; everyone signed in sees it at once. Give a phone number, an `https`
            address, or both, and publish only contact details you verified.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SupportResourceDraft.class), examples = @ExampleObject(name = "textLine", value = HelplineContract.NEW_RESOURCE)))
    @APIResponse(responseCode = "201", description = "Added; `Location` names it.", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "The new resource.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = "Send it as `If-Match` to edit.", schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = SupportResourceView.class), examples = @ExampleObject(name = "textLine", value = HelplineContract.RESOURCE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "422", ref = HelplineContract.INVALID_SUPPORT_RESOURCE)
    public Response add(SupportResourceDraft draft) {
        SupportDirectory.Versioned created = directory.create(draft);
        return Response.created(URI.create("/v1/support-resources/" + created.view().id())).entity(created.view())
                .tag(ETags.of(created.version())).build();
    }

    @GET
    @Path("/support-resources/{resourceId}")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(operationId = "getSupportResource", summary = "Read a support resource", description = """
            One resource of the directory. A retired one answers 404, except to admins. Like the list, reading it is
            never recorded and notifies nobody. The description is in the caller's language when a published,
            up-to-date translation exists, chosen as in the list; `descriptionLanguage` and `Content-Language` say
            which language it is in.""")
    @APIResponse(responseCode = "200", description = "The resource.", headers = {
            @Header(name = HttpHeaders.ETAG, description = "Its version (`\"7\"`), with the language after it when the description is a translation (`\"7-es\"`). Admins edit with the tag of a read in the resource's own language; retiring takes either.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = "The language of the description, as `descriptionLanguage`.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.VARY, description = "`Accept-Language, Authorization`: the answer depends on both.", schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = SupportResourceView.class), examples = {
                    @ExampleObject(name = "directory", value = HelplineContract.INTERNATIONAL_RESOURCE),
                    @ExampleObject(name = "translated", summary = "Accept-Language: es", value = HelplineContract.TRANSLATED_RESOURCE)}))
    @APIResponse(responseCode = "404", ref = HelplineContract.SUPPORT_RESOURCE_NOT_FOUND)
    public Response get(@Parameter(description = ID) @PathParam("resourceId") String resourceId,
            @Parameter(description = ACCEPT_LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        SupportDirectory.Versioned resource = directory.get(Callers.of(identity), acceptLanguage, resourceId);
        return Response.ok(resource.view()).tag(resource.tag())
                .header(HttpHeaders.CONTENT_LANGUAGE, resource.view().descriptionLanguage())
                .header(HttpHeaders.VARY, VARY).build();
    }

    @PUT
    @Path("/support-resources/{resourceId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceSupportResource", summary = "Edit a support resource (admins)", description = """
            Replaces every field of the resource; fields left out are cleared. Needs `If-Match` with the `ETag`
            last read, from a read in the resource's own language: the tag of a read that gave a translated
            description answers 412, so that a translation is never saved as the resource's own text. Changing
            the description makes its translations stale: readers get this description until each is written
            again. A retired resource is not edited (409).""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SupportResourceDraft.class), examples = @ExampleObject(name = "hours", value = HelplineContract.RESOURCE_EDIT)))
    @APIResponse(responseCode = "200", description = "The resource as it now is.", headers = @Header(name = HttpHeaders.ETAG, description = "The new version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SupportResourceView.class), examples = @ExampleObject(name = "hours", value = HelplineContract.RESOURCE_EDITED)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = HelplineContract.SUPPORT_RESOURCE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = HelplineContract.SUPPORT_RESOURCE_RETIRED)
    @APIResponse(responseCode = "412", ref = ProblemCatalog.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = HelplineContract.INVALID_SUPPORT_RESOURCE)
    @APIResponse(responseCode = "428", ref = ProblemCatalog.PRECONDITION_REQUIRED)
    public Response replace(@Parameter(description = ID) @PathParam("resourceId") String resourceId,
            @Parameter(description = "The `ETag` last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SupportResourceDraft draft) {
        SupportDirectory.Versioned resource = directory.replace(resourceId, ifMatch, draft);
        return Response.ok(resource.view()).tag(ETags.of(resource.version())).build();
    }

    @DELETE
    @Path("/support-resources/{resourceId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "retireSupportResource", summary = "Retire a support resource (admins)", description = """
            Takes the resource out of the directory: from now on only admins can read it, with its `retiredAt`.
            Retiring it again changes nothing. `If-Match` is optional; when sent, it must match.""")
    @APIResponse(responseCode = "204", description = "Retired.")
    @APIResponse(responseCode = "404", ref = HelplineContract.SUPPORT_RESOURCE_NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ProblemCatalog.PRECONDITION_FAILED)
    public Response retire(@Parameter(description = ID) @PathParam("resourceId") String resourceId,
            @Parameter(description = "The `ETag` last read, optional.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        directory.retire(resourceId, ifMatch);
        return Response.noContent().build();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Translations of the description (admins)

    @GET
    @Path("/support-resources/{resourceId}/translations")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listSupportResourceTranslations", summary = "List a support resource's translations (admins)", description = """
            The translations of the resource's description, by language tag, with their status and whether they
            are stale (the description changed after they were written). Retired resources' translations are
            listed too.""")
    @APIResponse(responseCode = "200", description = "A page of translations.", content = @Content(schema = @Schema(implementation = TranslationSummary.Page.class), examples = @ExampleObject(name = "three", value = HelplineContract.TRANSLATION_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    @APIResponse(responseCode = "404", ref = HelplineContract.SUPPORT_RESOURCE_NOT_FOUND)
    public TranslationSummary.Page listTranslations(
            @Parameter(description = ID) @PathParam("resourceId") String resourceId,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        return translations.list(resourceId, limit, cursor);
    }

    @GET
    @Path("/support-resources/{resourceId}/translations/{language}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getSupportResourceTranslation", summary = "Read a translation of a support resource (admins)", description = """
            One translation of the resource's description, whatever its status; `stale` tells whether the
            description changed after it was written. Its `ETag` is what `If-Match` takes to change it.""")
    @APIResponse(responseCode = "200", description = "The translation.", headers = @Header(name = HttpHeaders.ETAG, description = "Its revision, such as `\"2\"`.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SupportTranslationView.class), examples = @ExampleObject(name = "published", value = HelplineContract.TRANSLATION_PUBLISHED)))
    @APIResponse(responseCode = "404", ref = HelplineContract.SUPPORT_TRANSLATION_NOT_FOUND)
    public Response getTranslation(@Parameter(description = ID) @PathParam("resourceId") String resourceId,
            @Parameter(description = LANGUAGE, schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]{2,3}(-[A-Z]{2})?$"), example = "es") @PathParam("language") String language) {
        SupportTranslations.Revised translation = translations.get(resourceId, language);
        return Response.ok(translation.view()).tag(translation.tag()).build();
    }

    @PUT
    @Path("/support-resources/{resourceId}/translations/{language}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putSupportResourceTranslation", summary = "Write a translation of a support resource (admins)", description = """
            Writes the description in another language. It is saved as a `draft`, made from the description the
            resource has now (so it is no longer stale), and readers get it once it is published with
            `PUT .../status`. A new translation needs no `If-Match` (sending one answers 412, as there is nothing
            to match); replacing one needs its `ETag`. Only the description is translated. A retired resource's
            translations are not edited (409).""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SupportTranslationDraft.class), examples = @ExampleObject(name = "spanish", value = HelplineContract.TRANSLATION_DRAFT)))
    @APIResponse(responseCode = "200", description = "Replaced; now a draft again.", headers = @Header(name = HttpHeaders.ETAG, description = "The new revision.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SupportTranslationView.class), examples = @ExampleObject(name = "draft", value = HelplineContract.TRANSLATION)))
    @APIResponse(responseCode = "201", description = "Written as a new draft; `Location` names it.", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "The translation.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = "Its revision, `\"1\"`.", schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = SupportTranslationView.class), examples = @ExampleObject(name = "draft", value = HelplineContract.TRANSLATION)))
    @APIResponse(responseCode = "404", ref = HelplineContract.SUPPORT_RESOURCE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = HelplineContract.SUPPORT_RESOURCE_RETIRED)
    @APIResponse(responseCode = "412", ref = ProblemCatalog.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = HelplineContract.INVALID_SUPPORT_TRANSLATION)
    @APIResponse(responseCode = "428", ref = ProblemCatalog.PRECONDITION_REQUIRED)
    public Response putTranslation(@Parameter(description = ID) @PathParam("resourceId") String resourceId,
            @Parameter(description = LANGUAGE, schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]{2,3}(-[A-Z]{2})?$"), example = "es") @PathParam("language") String language,
            @Parameter(description = "The `ETag` last read; required to replace a translation, absent to write a new one.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SupportTranslationDraft draft) {
        SupportTranslations.Written written = translations.put(resourceId, language, ifMatch, draft);
        SupportTranslations.Revised translation = written.translation();
        Response.ResponseBuilder answer = written.created()
                ? Response.created(URI.create("/v1/support-resources/" + resourceId + "/translations/" + language))
                : Response.ok();
        return answer.entity(translation.view()).tag(translation.tag()).build();
    }

    @PUT
    @Path("/support-resources/{resourceId}/translations/{language}/status")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeSupportResourceTranslationStatus", summary = "Publish a translation of a support resource, or take it back (admins)", description = """
            `published`: readers of the language get this description from now on, as long as the resource's own
            description stays as it was when the translation was written; a stale translation is not published
            (409 `translation-stale`: write it again first). `draft`: readers get the resource's own description
            again. Asking for the status it has changes nothing. Needs `If-Match`.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TranslationPhaseChange.class), examples = {
            @ExampleObject(name = "publish", value = "{\"status\": \"published\"}"),
            @ExampleObject(name = "takeBack", value = "{\"status\": \"draft\"}")}))
    @APIResponse(responseCode = "200", description = "The translation with its new status.", headers = @Header(name = HttpHeaders.ETAG, description = "The new revision.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SupportTranslationView.class), examples = @ExampleObject(name = "published", value = HelplineContract.TRANSLATION_PUBLISHED)))
    @APIResponse(responseCode = "404", ref = HelplineContract.SUPPORT_TRANSLATION_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = HelplineContract.TRANSLATION_STATUS_CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemCatalog.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ProblemCatalog.INVALID_STATUS_CHANGE)
    @APIResponse(responseCode = "428", ref = ProblemCatalog.PRECONDITION_REQUIRED)
    public Response changeTranslationStatus(@Parameter(description = ID) @PathParam("resourceId") String resourceId,
            @Parameter(description = LANGUAGE, schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]{2,3}(-[A-Z]{2})?$"), example = "es") @PathParam("language") String language,
            @Parameter(description = "The `ETag` last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            TranslationPhaseChange change) {
        SupportTranslations.Revised translation = translations.changeStatus(resourceId, language, ifMatch, change);
        return Response.ok(translation.view()).tag(translation.tag()).build();
    }

    @DELETE
    @Path("/support-resources/{resourceId}/translations/{language}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteSupportResourceTranslation", summary = "Delete a translation of a support resource (admins)", description = """
            Removes the translation; readers of its language get the resource's own description again. Needs
            `If-Match`. A retired resource's translations stay as they are (409).""")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = HelplineContract.SUPPORT_TRANSLATION_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = HelplineContract.SUPPORT_RESOURCE_RETIRED)
    @APIResponse(responseCode = "412", ref = ProblemCatalog.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ProblemCatalog.PRECONDITION_REQUIRED)
    public Response deleteTranslation(@Parameter(description = ID) @PathParam("resourceId") String resourceId,
            @Parameter(description = LANGUAGE, schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]{2,3}(-[A-Z]{2})?$"), example = "es") @PathParam("language") String language,
            @Parameter(description = "The `ETag` last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        translations.delete(resourceId, language, ifMatch);
        return Response.noContent().build();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Query parameters: a bad value is a 400 that names the parameter and what it accepts.

    private static Optional<String> country(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(SupportDirectory.country(value).orElseThrow(() -> Problems.invalidParameter("country",
                "unknown-country", "country is an ISO 3166-1 alpha-2 code such as PT, or ZZ for international.")));
    }

    private static Optional<String> language(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(SupportDirectory.language(value).orElseThrow(() -> Problems.invalidParameter("language",
                "invalid-language", "language is a BCP 47 tag such as en or pt-BR.")));
    }
}
