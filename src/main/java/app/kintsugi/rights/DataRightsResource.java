package app.kintsugi.rights;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import app.kintsugi.platform.idempotency.Idempotent;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.ratelimit.Expensive;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;

@Path("/v1")
@Tag(name = "Data rights")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.COUNSELOR, Roles.ADMIN})
class DataRightsResource {

    private static final String EXPORT = "The export's id.";
    private static final String LIMIT = "Page size, 1 to 100.";
    private static final String CURSOR = "The `nextCursor` of the previous page, unchanged.";

    private final ExportService exports;
    private final ErasureService erasures;
    private final SecurityIdentity identity;

    DataRightsResource(ExportService exports, ErasureService erasures, SecurityIdentity identity) {
        this.exports = exports;
        this.erasures = erasures;
        this.identity = identity;
    }

    @POST
    @Path("/my-exports")
    @Idempotent
    @RolesAllowed({Roles.USER, Roles.COUNSELOR, Roles.ADMIN})
    @Expensive
    @Operation(operationId = "requestMyExport", summary = "Ask for an export of my data", description = """
            Starts preparing a copy of the caller's data (GDPR Art. 20) and answers at once with its status; follow
            `Location` until it is ready, then download it. The file holds everything the caller wrote and their own
            settings, and what a partner made visible to them exactly as it was made visible: never a partner's
            private items, drafts or earlier wordings, and nothing of a former partner after the couple ended. While
            an export is being prepared, asking again answers that same export. The file is stored encrypted and is
            deleted when its download period ends (7 days by default).""")
    @APIResponse(responseCode = "202", description = "Being prepared; `Location` names its status.", headers = @Header(name = HttpHeaders.LOCATION, description = "The export's status.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ExportView.class), examples = @ExampleObject(name = "pending", value = DataRightsContract.EXPORT_PENDING)))
    public Response requestExport() {
        ExportView export = exports.request(Callers.of(identity));
        return Response.accepted(export).location(URI.create("/v1/my-exports/" + export.id())).build();
    }

    @GET
    @Path("/my-exports")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR, Roles.ADMIN})
    @Operation(operationId = "listMyExports", summary = "My exports", description = """
            The caller's exports, newest first, with their status. Nobody else's are ever listed.""")
    @APIResponse(responseCode = "200", description = "A page of exports.", content = @Content(schema = @Schema(implementation = ExportPage.class), examples = @ExampleObject(name = "two", value = DataRightsContract.EXPORT_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    public ExportPage listExports(
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = CURSOR) @QueryParam("cursor") String cursor) {
        return exports.list(Callers.of(identity), limit, cursor);
    }

    @GET
    @Path("/my-exports/{exportId}")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR, Roles.ADMIN})
    @Operation(operationId = "getMyExport", summary = "Follow my export", description = """
            The status of one of the caller's exports: pending while it is prepared (usually seconds), then ready
            with the address of its download until `expiresAt`, then expired. Failed means it could not be prepared:
            ask for a new one. Anyone else's export answers 404.""")
    @APIResponse(responseCode = "200", description = "The export's status.", content = @Content(schema = @Schema(implementation = ExportView.class), examples = {
            @ExampleObject(name = "pending", value = DataRightsContract.EXPORT_PENDING),
            @ExampleObject(name = "ready", value = DataRightsContract.EXPORT_READY)}))
    @APIResponse(responseCode = "404", ref = DataRightsContract.EXPORT_NOT_FOUND)
    public ExportView getExport(@Parameter(description = EXPORT) @PathParam("exportId") String exportId) {
        return exports.get(Callers.of(identity), exportId);
    }

    @GET
    @Path("/my-exports/{exportId}/download")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR, Roles.ADMIN})
    @Expensive
    @Operation(operationId = "downloadMyExport", summary = "Download my export", description = """
            The export as one JSON document: a `manifest` (format and version, when it was generated, the person's
            id, a count per section), the caller's `profile`, then one section per kind of data (`couples`,
            `journalEntries`, `letters`, `commitments`, ...). Each item names its couple and says whether the caller
            wrote it (`yours`). Sent as an attachment and never cached.""")
    @APIResponse(responseCode = "200", description = "The export document.", headers = {
            @Header(name = "Content-Disposition", description = "`attachment`, with the file name `kintsugi-export-{exportId}.json`.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CACHE_CONTROL, description = "`no-store`: no cache keeps a copy.", schema = @Schema(type = SchemaType.STRING))}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportDocument.class), examples = @ExampleObject(name = "document", value = DataRightsContract.EXPORT_DOCUMENT)))
    @APIResponse(responseCode = "404", ref = DataRightsContract.EXPORT_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = DataRightsContract.EXPORT_NOT_READY)
    @APIResponse(responseCode = "410", ref = DataRightsContract.EXPORT_EXPIRED)
    public Response downloadExport(@Parameter(description = EXPORT) @PathParam("exportId") String exportId) {
        byte[] document = exports.download(Callers.of(identity), exportId);
        return Response.ok(document, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"kintsugi-export-" + exportId + ".json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("/my-erasures")
    @Idempotent
    @RolesAllowed({Roles.USER, Roles.COUNSELOR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "eraseMyAccount", summary = "Erase my account", description = """
            Erases the caller's account for good (GDPR Art. 17), in one step that cannot be undone, confirmed by the
            exact words `erase my account`. The caller leaves their couple as leaving always works (it ends for both
            partners, with its invitations and counselor grants); everything they wrote is deleted, or emptied of
            their words where the partner's own data needs the row (a shared commitment, a slip the partner drew, an
            agreement version both accepted); acknowledgements they gave are withdrawn; their exports, feeds and
            stored answers go; their profile stays only as "Former partner" under an identity no login carries. A
            couple whose partners are all erased loses its encryption key. The partner's own data stays theirs.
            Counselor reads of the couple stay in its access log, without content. Calling again is harmless: there
            is nothing left, and the receipt counts zero. The next request of the same login starts a new, empty
            profile.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ErasureRequest.class), examples = @ExampleObject(name = "confirm", value = DataRightsContract.ERASURE_REQUEST)))
    @APIResponse(responseCode = "200", description = "Erased; what was done.", content = @Content(schema = @Schema(implementation = ErasureReceipt.class), examples = {
            @ExampleObject(name = "erased", value = DataRightsContract.ERASURE_RECEIPT),
            @ExampleObject(name = "nothingLeft", value = DataRightsContract.ERASURE_NOTHING_LEFT)}))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "422", ref = DataRightsContract.INVALID_ERASURE)
    public Response erase(ErasureRequest request) {
        return Response.ok(erasures.erase(Callers.of(identity), request)).build();
    }
}
