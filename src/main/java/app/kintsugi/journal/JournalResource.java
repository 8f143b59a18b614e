package app.kintsugi.journal;

import java.net.URI;
import java.time.LocalDate;
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
import app.kintsugi.platform.i18n.Texts;
import app.kintsugi.platform.idempotency.Idempotent;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;
import app.kintsugi.profile.RequestLanguage;

@Path("/v1")
@Tag(name = "Trust journal")
@Produces(MediaType.APPLICATION_JSON)
class JournalResource {

    private static final String COUPLE = "The couple's id.";
    private static final String ENTRY = "The entry's id.";
    private static final String WEEK = "An ISO week such as `2026-W48`, or `current` for this week in the couple's time zone.";
    private static final String WEEK_PATTERN = "^([0-9]{4}-W[0-9]{2}|current)$";

    private final JournalService journal;
    private final WeekService weeks;
    private final SecurityIdentity identity;
    private final RequestLanguage languages;

    JournalResource(JournalService journal, WeekService weeks, SecurityIdentity identity, RequestLanguage languages) {
        this.journal = journal;
        this.weeks = weeks;
        this.identity = identity;
        this.languages = languages;
    }

    @POST
    @Path("/couples/{coupleId}/journal-entries")
    @Idempotent
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "writeJournalEntry", summary = "Write a journal entry", description = """
            A line or two about a day: something appreciated, something hard, a moment of connection, a tiny win, a
            setback or a reflection. The author alone chooses who else reads it: `private` (nobody), `partner` (at
            once) or `reveal` (when the week ends in the couple's time zone, or sooner when both partners marked the
            week read together, so that nobody goes first). `shareWithCounselor` also opens it to a counselor holding
            the `sharedJournal` scope. While the couple is paused nothing becomes visible until the pause ends. The
            text is stored encrypted and never logged. At most 10 entries per partner and day.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewEntry.class), examples = {
            @ExampleObject(name = "reveal", value = JournalContract.NEW_ENTRY),
            @ExampleObject(name = "answer", summary = "An answer to a progress question", value = JournalContract.NEW_ANSWER)}))
    @APIResponse(responseCode = "201", description = "The entry; `Location` names it.", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "The new entry.", required = true, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = "Send it as `If-Match` to reword the entry.", required = true, schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = EntryView.class), examples = @ExampleObject(name = "written", value = JournalContract.ENTRY_MINE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = JournalContract.WRITE_ENTRY_CONFLICT)
    @APIResponse(responseCode = "422", ref = JournalContract.INVALID_ENTRY)
    public Response write(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId, NewEntry entry) {
        JournalService.Versioned created = journal.write(Callers.of(identity), coupleId, entry);
        return Response.created(URI.create("/v1/couples/" + coupleId + "/journal-entries/" + created.view().id()))
                .entity(created.view()).tag(ETags.of(created.version())).build();
    }

    @GET
    @Path("/couples/{coupleId}/journal-entries")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "listJournalEntries", summary = "Read the journal", description = """
            The entries the caller may read, newest day first: a partner sees their own and the partner's entries
            that became visible to them; after the couple ended, only their own. A counselor with the
            `sharedJournal` scope sees only entries their authors shared with a counselor, and the read is written
            to the couple's access log. Private entries never appear to anyone but their author.""")
    @APIResponse(responseCode = "200", description = "A page of entries.", content = @Content(schema = @Schema(implementation = EntryPage.class), examples = @ExampleObject(name = "two", value = JournalContract.ENTRY_PAGE)))
    @APIResponse(responseCode = "400", ref = JournalContract.BAD_JOURNAL_QUERY)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public EntryPage list(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = "Only entries of this kind.", schema = @Schema(implementation = JournalKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Only the caller's entries (`me`) or the partner's (`partner`). Partners only.", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "me", "partner"})) @QueryParam("author") String author,
            @Parameter(description = "Only entries for this day or later.", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Only entries for this day or earlier.", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        Optional<LocalDate> fromDay = QueryValues.date("from", from);
        Optional<LocalDate> toDay = QueryValues.date("to", to);
        range(fromDay, toDay);
        Optional<String> authorFilter = Optional.ofNullable(author).map(value -> {
            if (!value.equals("me") && !value.equals("partner")) {
                throw Problems.invalidParameter("author", "unknown-value", "author is me or partner.");
            }
            return value;
        });
        JournalService.Filters filters = new JournalService.Filters(QueryValues.word(JournalKind.class, "kind", kind),
                authorFilter, fromDay, toDay);
        return journal.list(Callers.of(identity), coupleId, filters, limit, cursor);
    }

    @GET
    @Path("/couples/{coupleId}/journal-entries/{entryId}")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "getJournalEntry", summary = "Read a journal entry", description = """
            One entry the caller may read. Anything else (the partner's private entries, entries not yet revealed,
            everything of the other after the couple ended) answers the same 404 as an unknown id.""")
    @APIResponse(responseCode = "200", description = "The entry.", headers = @Header(name = HttpHeaders.ETAG, description = "Its version, for its author only; send it as `If-Match` to reword it.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = EntryView.class), examples = {
            @ExampleObject(name = "mine", value = JournalContract.ENTRY_MINE),
            @ExampleObject(name = "partners", summary = "The partner's entry, acknowledged by the reader", value = JournalContract.ENTRY_PARTNERS)}))
    @APIResponse(responseCode = "404", ref = JournalContract.ENTRY_NOT_FOUND)
    public Response get(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = ENTRY) @PathParam("entryId") String entryId) {
        JournalService.Versioned entry = journal.get(Callers.of(identity), coupleId, entryId);
        // Only the author rewords an entry, so only the author gets its version: for anyone else it would tell when
        // the author changed settings they cannot see.
        return entry.view().yours()
                ? Response.ok(entry.view()).tag(ETags.of(entry.version())).build()
                : Response.ok(entry.view()).build();
    }

    @PUT
    @Path("/couples/{coupleId}/journal-entries/{entryId}")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rewordJournalEntry", summary = "Reword my entry", description = """
            The author may change an entry's kind, text and day for 24 hours after writing it; needs `If-Match`.
            Nothing is rewritten silently: the earlier wording is kept for the author (see its revisions), and an
            edit made after the partner or a counselor could read the entry sets `editedAt`, which every reader sees.
            After 24 hours the entry stays as it is (409); it can still be deleted.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EntryEdit.class), examples = @ExampleObject(name = "reword", value = JournalContract.EDIT)))
    @APIResponse(responseCode = "200", description = "The entry as it now is.", headers = @Header(name = HttpHeaders.ETAG, description = "The new version.", required = true, schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = EntryView.class), examples = @ExampleObject(name = "reworded", value = JournalContract.ENTRY_EDITED)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "403", ref = JournalContract.NOT_ENTRY_AUTHOR)
    @APIResponse(responseCode = "404", ref = JournalContract.ENTRY_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = JournalContract.EDIT_ENTRY_CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemCatalog.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = JournalContract.INVALID_ENTRY)
    @APIResponse(responseCode = "428", ref = ProblemCatalog.PRECONDITION_REQUIRED)
    public Response edit(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = ENTRY) @PathParam("entryId") String entryId,
            @Parameter(description = "The `ETag` last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            EntryEdit edit) {
        JournalService.Versioned entry = journal.edit(Callers.of(identity), coupleId, entryId, ifMatch, edit);
        return Response.ok(entry.view()).tag(ETags.of(entry.version())).build();
    }

    @DELETE
    @Path("/couples/{coupleId}/journal-entries/{entryId}")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "deleteJournalEntry", summary = "Delete my entry", description = """
            The author may always delete their entry, at any age and even after the couple ended; its earlier
            wordings and any acknowledgement go with it, and the partner then sees nothing of it.""")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "403", ref = JournalContract.NOT_ENTRY_AUTHOR)
    @APIResponse(responseCode = "404", ref = JournalContract.ENTRY_NOT_FOUND)
    public Response delete(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = ENTRY) @PathParam("entryId") String entryId) {
        journal.delete(Callers.of(identity), coupleId, entryId);
        return Response.noContent().build();
    }

    @PUT
    @Path("/couples/{coupleId}/journal-entries/{entryId}/visibility")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chooseJournalEntryVisibility", summary = "Choose who reads my entry", description = """
            The author alone chooses, at any age of the entry while the couple lasts: `private`, `partner` or
            `reveal`, and whether a counselor with the `sharedJournal` scope may read it too (never for a private
            entry). Making an entry private hides it again from everyone else.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VisibilityChoice.class), examples = @ExampleObject(name = "partnerAndCounselor", value = "{\"visibility\": \"partner\", \"shareWithCounselor\": true}")))
    @APIResponse(responseCode = "200", description = "The entry with its new visibility.", headers = @Header(name = HttpHeaders.ETAG, description = "Its new version.", required = true, schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = EntryView.class), examples = @ExampleObject(name = "shared", value = JournalContract.ENTRY_SHARED)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "403", ref = JournalContract.NOT_ENTRY_AUTHOR)
    @APIResponse(responseCode = "404", ref = JournalContract.ENTRY_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemCatalog.COUPLE_ENDED)
    @APIResponse(responseCode = "422", ref = JournalContract.INVALID_VISIBILITY)
    public Response choose(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = ENTRY) @PathParam("entryId") String entryId, VisibilityChoice choice) {
        JournalService.Versioned entry = journal.choose(Callers.of(identity), coupleId, entryId, choice);
        return Response.ok(entry.view()).tag(ETags.of(entry.version())).build();
    }

    @GET
    @Path("/couples/{coupleId}/journal-entries/{entryId}/revisions")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "listJournalEntryRevisions", summary = "Earlier wordings of my entry", description = """
            The wordings an entry had before each edit, most recently replaced first. Its author's alone: the
            partner sees only that an entry was edited, and when.""")
    @APIResponse(responseCode = "200", description = "A page of earlier wordings.", content = @Content(schema = @Schema(implementation = RevisionPage.class), examples = @ExampleObject(name = "one", value = JournalContract.REVISIONS)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    @APIResponse(responseCode = "403", ref = JournalContract.NOT_ENTRY_AUTHOR)
    @APIResponse(responseCode = "404", ref = JournalContract.ENTRY_NOT_FOUND)
    public RevisionPage revisions(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = ENTRY) @PathParam("entryId") String entryId,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        return journal.revisions(Callers.of(identity), coupleId, entryId, limit, cursor);
    }

    @PUT
    @Path("/couples/{coupleId}/journal-entries/{entryId}/acknowledgement")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acknowledgeJournalEntry", summary = "Acknowledge my partner's entry", description = """
            The partner says "I saw this" (`seen`) or celebrates it (`celebrate`, for a tiny win above all). The
            author sees who acknowledged and when; an acknowledgement given while the couple is paused reaches the
            author when the pause ends. Sending it again changes the reaction and keeps the first time.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = Acknowledging.class), examples = @ExampleObject(name = "celebrate", value = "{\"reaction\": \"celebrate\"}")))
    @APIResponse(responseCode = "200", description = "The entry with the acknowledgement.", content = @Content(schema = @Schema(implementation = EntryView.class), examples = @ExampleObject(name = "acknowledged", value = JournalContract.ENTRY_PARTNERS)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = JournalContract.ENTRY_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = JournalContract.ACKNOWLEDGE_CONFLICT)
    @APIResponse(responseCode = "422", ref = JournalContract.INVALID_ACKNOWLEDGEMENT)
    public EntryView acknowledge(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = ENTRY) @PathParam("entryId") String entryId, Acknowledging body) {
        return journal.acknowledge(Callers.of(identity), coupleId, entryId, body);
    }

    @DELETE
    @Path("/couples/{coupleId}/journal-entries/{entryId}/acknowledgement")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "withdrawJournalAcknowledgement", summary = "Withdraw my acknowledgement", description = """
            The partner who acknowledged an entry takes it back; withdrawing one that is not there changes nothing.""")
    @APIResponse(responseCode = "204", description = "Withdrawn.")
    @APIResponse(responseCode = "404", ref = JournalContract.ENTRY_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = JournalContract.ACKNOWLEDGE_CONFLICT)
    public Response withdraw(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = ENTRY) @PathParam("entryId") String entryId) {
        journal.withdraw(Callers.of(identity), coupleId, entryId);
        return Response.noContent().build();
    }

    @GET
    @Path("/couples/{coupleId}/journal-entry-counts")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "countJournalEntries", summary = "Count journal entries", description = """
            How many entries the caller may read, per kind and per partner, for days from `from` to `to`
            (inclusive; both optional). Counts never include anything the caller cannot read: a partner's private
            or unrevealed entries are not counted for the other, nor anything not shared with a counselor for one.""")
    @APIResponse(responseCode = "200", description = "The counts.", content = @Content(schema = @Schema(implementation = EntryCounts.class), examples = @ExampleObject(name = "week", value = JournalContract.COUNTS)))
    @APIResponse(responseCode = "400", ref = JournalContract.BAD_JOURNAL_QUERY)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public EntryCounts counts(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = "First day counted.", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day counted.", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        Optional<LocalDate> fromDay = QueryValues.date("from", from);
        Optional<LocalDate> toDay = QueryValues.date("to", to);
        range(fromDay, toDay);
        return journal.counts(Callers.of(identity), coupleId, fromDay, toDay);
    }

    @GET
    @Path("/couples/{coupleId}/journal-weeks/{week}")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "getJournalWeek", summary = "A week of the journal, to read together", description = """
            One ISO week (Monday to Sunday in the couple's time zone): the entries the caller may read, the days
            each partner wrote (counting only what the caller may read), who marked the week read together, and
            the progress questions to talk over. `revealed` says whether the week's `reveal` entries reached the
            partner; `endsAt` is when they do at the latest. The questions are in the best language for
            `Accept-Language` (`en`, `es`, `de`), else for the caller's profile locale, else in English;
            `Content-Language` says which. Entries stay in the words their authors wrote.""")
    @APIResponse(responseCode = "200", description = "The week.", headers = {
            @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = JournalContract.CONTENT_LANGUAGE, required = true, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.VARY, description = JournalContract.VARY, required = true, schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = WeekView.class), examples = @ExampleObject(name = "reviewed", value = JournalContract.WEEK)))
    @APIResponse(responseCode = "404", ref = JournalContract.WEEK_NOT_FOUND)
    public Response week(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = WEEK, schema = @Schema(type = SchemaType.STRING, pattern = WEEK_PATTERN)) @PathParam("week") String week,
            @Parameter(description = JournalContract.ACCEPT_LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Callers caller = Callers.of(identity);
        String language = languages.choose(acceptLanguage, caller, Texts.LANGUAGES);
        return localized(weeks.view(caller, coupleId, week, language), language);
    }

    @PUT
    @Path("/couples/{coupleId}/journal-weeks/{week}/my-read-mark")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "markJournalWeekRead", summary = "Mark a week read together", description = """
            The caller marks the week read together; the week is `reviewed` once both partners marked it, and its
            `reveal` entries then reach the partner at once instead of at the end of the week. Marking again
            changes nothing. Not while the couple is paused or still forming. The questions are in the caller's
            language, as when reading the week.""")
    @APIResponse(responseCode = "200", description = "The week.", headers = {
            @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = JournalContract.CONTENT_LANGUAGE, required = true, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.VARY, description = JournalContract.VARY, required = true, schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = WeekView.class), examples = @ExampleObject(name = "reviewed", value = JournalContract.WEEK)))
    @APIResponse(responseCode = "404", ref = JournalContract.WEEK_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = JournalContract.WEEK_READ_CONFLICT)
    public Response markRead(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = WEEK, schema = @Schema(type = SchemaType.STRING, pattern = WEEK_PATTERN)) @PathParam("week") String week,
            @Parameter(description = JournalContract.ACCEPT_LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Callers caller = Callers.of(identity);
        String language = languages.choose(acceptLanguage, caller, Texts.LANGUAGES);
        return localized(weeks.markRead(caller, coupleId, week, language), language);
    }

    private static Response localized(WeekView view, String language) {
        return Response.ok(view).header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, "Accept-Language, Authorization").build();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Query parameters: a bad value is a 400 that names the parameter and what it accepts.

    private static void range(Optional<LocalDate> from, Optional<LocalDate> to) {
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw Problems.invalidParameter("from", "empty-range", "from must not be after to.");
        }
    }
}
