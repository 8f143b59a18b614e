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

    private final SupportDirectory directory;
    private final SecurityIdentity identity;

    HelplineResource(SupportDirectory directory, SecurityIdentity identity) {
        this.directory = directory;
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
            and `pt-BR` both find resources in `pt`, `pt-BR` and `pt-PT`.

            Reading this list is private: it is not recorded anywhere, not shown in any partner's or counselor's
            view, touches no couple and sends no notification, and the answer is never stored by caches.""")
    @APIResponse(responseCode = "200", description = "A page of resources.", content = @Content(schema = @Schema(implementation = SupportResourcePage.class), examples = @ExampleObject(name = "portugal", summary = "?country=PT", value = HelplineContract.RESOURCE_PAGE)))
    @APIResponse(responseCode = "400", ref = HelplineContract.BAD_SUPPORT_QUERY)
    public SupportResourcePage list(
            @Parameter(description = "ISO 3166-1 alpha-2 code of the country to find help in (either case), or `ZZ` for international resources only.", schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{2}$"), example = "PT") @QueryParam("country") String country,
            @Parameter(description = "Only resources in this language (BCP 47), matched by primary language.", schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", maxLength = 35), example = "pt") @QueryParam("language") String language,
            @Parameter(description = "Only this kind.", schema = @Schema(implementation = SupportResourceKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        SupportDirectory.Filter filter = new SupportDirectory.Filter(country(country), language(language),
                QueryValues.word(SupportResourceKind.class, "kind", kind));
        return directory.list(Callers.of(identity), filter, limit, cursor);
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
            never recorded and notifies nobody.""")
    @APIResponse(responseCode = "200", description = "The resource.", headers = @Header(name = HttpHeaders.ETAG, description = "Its version; admins send it as `If-Match` to edit.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = SupportResourceView.class), examples = @ExampleObject(name = "directory", value = HelplineContract.INTERNATIONAL_RESOURCE)))
    @APIResponse(responseCode = "404", ref = HelplineContract.SUPPORT_RESOURCE_NOT_FOUND)
    public Response get(@Parameter(description = ID) @PathParam("resourceId") String resourceId) {
        SupportDirectory.Versioned resource = directory.get(Callers.of(identity), resourceId);
        return Response.ok(resource.view()).tag(ETags.of(resource.version())).build();
    }

    @PUT
    @Path("/support-resources/{resourceId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceSupportResource", summary = "Edit a support resource (admins)", description = """
            Replaces every field of the resource; fields left out are cleared. Needs `If-Match` with the `ETag`
            last read. A retired resource is not edited (409).""")
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
