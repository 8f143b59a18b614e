package app.kintsugi.letter;

import java.net.URI;

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
import app.kintsugi.platform.idempotency.Idempotent;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;

@Path("/v1")
@Tag(name = "Repair letters")
@Produces(MediaType.APPLICATION_JSON)
class LetterResource {

    private static final String COUPLE = "The couple's id.";
    private static final String LETTER = "The letter's id.";

    private final LetterService letters;
    private final SecurityIdentity identity;

    LetterResource(LetterService letters, SecurityIdentity identity) {
        this.letters = letters;
        this.identity = identity;
    }

    @POST
    @Path("/couples/{coupleId}/letters")
    @Idempotent
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "writeLetter", summary = "Write a repair letter", description = """
            Starts a draft that only its author can read: what hurt, that you understand it, and what you will do
            differently, without explaining or defending. Title and body are stored encrypted. To add to a letter
            already shared, write a new one that `follows` it. Counselors never read letters.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LetterDraft.class), examples = @ExampleObject(name = "draft", value = LetterContract.LETTER_DRAFT)))
    @APIResponse(responseCode = "201", description = "The draft; `Location` names it.", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "The new letter.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = "Send it as `If-Match` to edit the draft.", schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = LetterView.class), examples = @ExampleObject(name = "draft", value = LetterContract.LETTER)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemCatalog.COUPLE_ENDED)
    @APIResponse(responseCode = "422", ref = LetterContract.INVALID_LETTER)
    public Response write(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId, LetterDraft draft) {
        LetterService.Versioned created = letters.create(Callers.of(identity), coupleId, draft);
        return Response.created(URI.create("/v1/couples/" + coupleId + "/letters/" + created.view().id()))
                .entity(created.view()).tag(ETags.of(created.version())).build();
    }

    @GET
    @Path("/couples/{coupleId}/letters")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "listLetters", summary = "List the letters I may read", description = """
            The caller's own letters (drafts and shared) and the partner's shared ones, newest first. A letter
            shared while the couple is paused appears once the pause ends; after a couple ends each former partner
            sees only their own.""")
    @APIResponse(responseCode = "200", description = "A page of letters.", content = @Content(schema = @Schema(implementation = LetterPage.class), examples = @ExampleObject(name = "two", value = LetterContract.LETTER_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public LetterPage list(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        return letters.list(Callers.of(identity), coupleId, limit, cursor);
    }

    @GET
    @Path("/couples/{coupleId}/letters/{letterId}")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "getLetter", summary = "Read a letter", description = """
            A letter of the caller's, or one the partner shared. Anything else, including the partner's drafts,
            answers 404.""")
    @APIResponse(responseCode = "200", description = "The letter.", headers = @Header(name = HttpHeaders.ETAG, description = "Its version; send it as `If-Match` to edit a draft.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = LetterView.class), examples = @ExampleObject(name = "sharedWithYou", summary = "Read by the partner it was shared with", value = LetterContract.LETTER_SHARED)))
    @APIResponse(responseCode = "404", ref = LetterContract.LETTER_NOT_FOUND)
    public Response get(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = LETTER) @PathParam("letterId") String letterId) {
        LetterService.Versioned letter = letters.get(Callers.of(identity), coupleId, letterId);
        return Response.ok(letter.view()).tag(ETags.of(letter.version())).build();
    }

    @PUT
    @Path("/couples/{coupleId}/letters/{letterId}")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editLetter", summary = "Rewrite a draft", description = """
            Replaces the title and body of the caller's draft. Needs `If-Match`. A shared letter never changes
            (409); write a new letter that follows it.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LetterDraft.class), examples = @ExampleObject(name = "rewrite", value = LetterContract.LETTER_DRAFT)))
    @APIResponse(responseCode = "200", description = "The draft as it now is.", headers = @Header(name = HttpHeaders.ETAG, description = "The new version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = LetterView.class), examples = @ExampleObject(name = "draft", value = LetterContract.LETTER)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "403", ref = LetterContract.NOT_AUTHOR)
    @APIResponse(responseCode = "404", ref = LetterContract.LETTER_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = LetterContract.EDIT_CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemCatalog.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = LetterContract.INVALID_LETTER)
    @APIResponse(responseCode = "428", ref = ProblemCatalog.PRECONDITION_REQUIRED)
    public Response edit(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = LETTER) @PathParam("letterId") String letterId,
            @Parameter(description = "The `ETag` last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            LetterDraft draft) {
        LetterService.Versioned letter = letters.edit(Callers.of(identity), coupleId, letterId, ifMatch, draft);
        return Response.ok(letter.view()).tag(ETags.of(letter.version())).build();
    }

    @PUT
    @Path("/couples/{coupleId}/letters/{letterId}/status")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "shareLetter", summary = "Share a letter with my partner", description = """
            The author moves a draft to `shared`: the partner can read it from now on (once the couple's pause
            ends, if it is paused), and it can no longer change. Sharing is final; sharing again changes nothing.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LetterShare.class), examples = @ExampleObject(name = "share", value = "{\"status\": \"shared\"}")))
    @APIResponse(responseCode = "200", description = "The letter, shared.", content = @Content(schema = @Schema(implementation = LetterView.class), examples = @ExampleObject(name = "shared", value = LetterContract.LETTER_SHARED_BY_YOU)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "403", ref = LetterContract.NOT_AUTHOR)
    @APIResponse(responseCode = "404", ref = LetterContract.LETTER_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = LetterContract.SHARE_CONFLICT)
    @APIResponse(responseCode = "422", ref = LetterContract.INVALID_LETTER_STATUS)
    public LetterView share(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = LETTER) @PathParam("letterId") String letterId, LetterShare change) {
        return letters.share(Callers.of(identity), coupleId, letterId, change);
    }

    @PUT
    @Path("/couples/{coupleId}/letters/{letterId}/read-aloud")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "markLetterReadAloud", summary = "Mark a letter read aloud together", description = """
            The partner who received a shared letter marks that it was read aloud together; its author sees when.
            Marking it again changes nothing.""")
    @APIResponse(responseCode = "200", description = "The letter.", content = @Content(schema = @Schema(implementation = LetterView.class), examples = @ExampleObject(name = "readAloud", value = LetterContract.LETTER_READ_ALOUD)))
    @APIResponse(responseCode = "404", ref = LetterContract.LETTER_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = LetterContract.READ_ALOUD_CONFLICT)
    public LetterView readAloud(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = LETTER) @PathParam("letterId") String letterId) {
        return letters.readAloud(Callers.of(identity), coupleId, letterId);
    }

    @DELETE
    @Path("/couples/{coupleId}/letters/{letterId}")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "deleteLetter", summary = "Delete my letter", description = """
            The author may always delete their letter, draft or shared, even after the couple ended; the partner
            then sees nothing of it. Letters that followed it stay.""")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "403", ref = LetterContract.NOT_AUTHOR)
    @APIResponse(responseCode = "404", ref = LetterContract.LETTER_NOT_FOUND)
    public Response delete(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = LETTER) @PathParam("letterId") String letterId) {
        letters.delete(Callers.of(identity), coupleId, letterId);
        return Response.noContent().build();
    }
}
