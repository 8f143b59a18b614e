package app.kintsugi.commitment;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;

@Path("/v1")
@Tag(name = "Commitments")
@Produces(MediaType.APPLICATION_JSON)
class NoteResource {

    private static final String COUPLE = "The couple's id.";
    private static final String NOTE = "The note's id.";

    private final NoteService notes;
    private final SecurityIdentity identity;

    NoteResource(NoteService notes, SecurityIdentity identity) {
        this.notes = notes;
        this.identity = identity;
    }

    @POST
    @Path("/couples/{coupleId}/conversation-notes")
    @Idempotent
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "writeConversationNote", summary = "Record a conversation", description = """
            After a structured conversation, a partner writes a short summary and the commitments it produced: new
            ones (`commitments`, made with the note) and existing ones (`linkCommitments`). The note lists its
            commitments and each commitment names its note. Both partners read notes; counselors do not. The
            summary is stored encrypted.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewNote.class), examples = @ExampleObject(name = "evenings", value = CommitmentContract.NEW_NOTE)))
    @APIResponse(responseCode = "201", description = "The note with its commitments; `Location` names it.", headers = @Header(name = HttpHeaders.LOCATION, description = "The new note.", required = true, schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = NoteView.class), examples = @ExampleObject(name = "evenings", value = CommitmentContract.NOTE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CommitmentContract.WRITE_CONFLICT)
    @APIResponse(responseCode = "422", ref = CommitmentContract.INVALID_NOTE)
    public Response write(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId, NewNote body) {
        NoteView note = notes.create(Callers.of(identity), coupleId, body);
        return Response.created(URI.create("/v1/couples/" + coupleId + "/conversation-notes/" + note.id()))
                .entity(note).build();
    }

    @GET
    @Path("/couples/{coupleId}/conversation-notes")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "listConversationNotes", summary = "List conversation notes", description = """
            The couple's conversation notes, newest first, each with its commitments. After the couple ended, a
            former partner sees only the notes they wrote.""")
    @APIResponse(responseCode = "200", description = "A page of notes.", content = @Content(schema = @Schema(implementation = NoteView.Page.class), examples = @ExampleObject(name = "one", value = CommitmentContract.NOTE_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public NoteView.Page list(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        return notes.list(Callers.of(identity), coupleId, limit, cursor);
    }

    @GET
    @Path("/couples/{coupleId}/conversation-notes/{noteId}")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "getConversationNote", summary = "Read a conversation note", description = """
            One note with the commitments it produced.""")
    @APIResponse(responseCode = "200", description = "The note.", content = @Content(schema = @Schema(implementation = NoteView.class), examples = @ExampleObject(name = "evenings", value = CommitmentContract.NOTE)))
    @APIResponse(responseCode = "404", ref = CommitmentContract.NOTE_NOT_FOUND)
    public NoteView get(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = NOTE) @PathParam("noteId") String noteId) {
        return notes.get(Callers.of(identity), coupleId, noteId);
    }

    @DELETE
    @Path("/couples/{coupleId}/conversation-notes/{noteId}")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "deleteConversationNote", summary = "Delete my conversation note", description = """
            The author deletes their note; its commitments stay, no longer linked to it.""")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "403", ref = CommitmentContract.NOT_NOTE_AUTHOR)
    @APIResponse(responseCode = "404", ref = CommitmentContract.NOTE_NOT_FOUND)
    public Response delete(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = NOTE) @PathParam("noteId") String noteId) {
        notes.delete(Callers.of(identity), coupleId, noteId);
        return Response.noContent().build();
    }
}
