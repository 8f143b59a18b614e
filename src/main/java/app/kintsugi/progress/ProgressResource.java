package app.kintsugi.progress;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.http.ConditionalGet;
import app.kintsugi.platform.http.Languages;
import app.kintsugi.platform.http.QueryValues;
import app.kintsugi.platform.i18n.Texts;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.ratelimit.Expensive;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;
import app.kintsugi.profile.RequestLanguage;

@Path("/v1")
@Tag(name = "Progress")
@Produces(MediaType.APPLICATION_JSON)
class ProgressResource {

    private static final String COUPLE = "The couple's id.";
    private static final String FROM = "First day, in the couple's time zone; default 27 days before `to`.";
    private static final String TO = "Last day; default today. At most 366 days in all.";

    private final ProgressService progress;
    private final ProgressSnapshots snapshots;
    private final PulseService pulses;
    private final SecurityIdentity identity;
    private final RequestLanguage languages;
    private final ObjectMapper mapper;

    ProgressResource(ProgressService progress, ProgressSnapshots snapshots, PulseService pulses,
            SecurityIdentity identity, RequestLanguage languages, ObjectMapper mapper) {
        this.progress = progress;
        this.snapshots = snapshots;
        this.pulses = pulses;
        this.identity = identity;
        this.languages = languages;
        this.mapper = mapper;
    }

    @PUT
    @Path("/couples/{coupleId}/my-pulses/{day}")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkInPulse", summary = "Check in: how safe, trusting and close I feel today", description = """
            One check-in per partner and day of the couple's calendar, made and changed on that day only (`today`
            or today's date). Ratings from 1 (not at all) to 10 (completely) and an optional note, stored
            encrypted. Private unless shared with the partner or a counselor with the `progress` scope; a share
            made while the couple is paused reaches them when the pause ends. Answers 201 the first time a day,
            200 after.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PulseInput.class), examples = @ExampleObject(name = "evening", value = ProgressContract.PULSE_INPUT)))
    @APIResponse(responseCode = "200", description = "Today's check-in, changed.", content = @Content(schema = @Schema(implementation = PulseView.class), examples = @ExampleObject(name = "today", value = ProgressContract.PULSE)))
    @APIResponse(responseCode = "201", description = "Today's check-in, made.", content = @Content(schema = @Schema(implementation = PulseView.class), examples = @ExampleObject(name = "today", value = ProgressContract.PULSE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProgressContract.PULSE_CONFLICT)
    @APIResponse(responseCode = "422", ref = ProgressContract.INVALID_PULSE)
    public Response checkIn(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = "`today`, or today's date in the couple's time zone.", schema = @Schema(type = SchemaType.STRING, pattern = "^(today|[0-9]{4}-[0-9]{2}-[0-9]{2})$"), example = "today") @PathParam("day") String day,
            PulseInput body) {
        PulseService.Saved saved = pulses.put(Callers.of(identity), coupleId, day, body);
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK).entity(saved.view())
                .build();
    }

    @GET
    @Path("/couples/{coupleId}/pulses")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "listPulses", summary = "Pulse check-ins I may see", description = """
            The caller's own check-ins and the partner's shared ones, newest day first; a counselor with the
            `progress` scope sees only those shared with a counselor.""")
    @APIResponse(responseCode = "200", description = "A page of check-ins.", content = @Content(schema = @Schema(implementation = PulseView.Page.class), examples = @ExampleObject(name = "shared", value = ProgressContract.PULSE_PAGE)))
    @APIResponse(responseCode = "400", ref = ProgressContract.BAD_PULSE_QUERY)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public PulseView.Page listPulses(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = "Only from this day.", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Only up to this day.", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        return pulses.list(Callers.of(identity), coupleId, QueryValues.date("from", from),
                QueryValues.date("to", to), limit, cursor);
    }

    @GET
    @Path("/couples/{coupleId}/progress")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Expensive
    @Operation(operationId = "getProgress", summary = "The couple's progress", description = """
            The trust tracker and what surrounds it, for a range of days (default the last 28) plus the whole
            history's runs and milestones. A partner **showed up** on a day when they did at least one act of repair
            the other can see: an occurrence of their own or a shared commitment marked kept or partly kept, a
            session started that day (whatever became of it), the jar act they drew marked done, or a journal entry
            the partner can read. A **heart** day is one on which both showed up. Runs skip days the couple was
            paused instead of breaking; today does not break a run before it is over. Commitment figures count an
            unmarked past occurrence as due and not kept. Pulse directions compare the last 7 days with the 28
            before: the caller's own, and the partner's only from shared check-ins. No single score. A counselor
            needs the `progress` scope; the read is logged. The default range's summary is kept until anything it
            shows changes or the couple's day ends, so polling it is cheap; answers carry an `ETag` for
            `If-None-Match`. Milestone titles are in the best language for `Accept-Language` (`en`, `es`, `de`),
            else for the caller's profile locale, else in English; `Content-Language` says which, and each
            language has its own `ETag`.""")
    @APIResponse(responseCode = "200", description = "The summary.", headers = {
            @Header(name = HttpHeaders.ETAG, description = "Digest of this summary in this language; send it as `If-None-Match`.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CACHE_CONTROL, description = "`private, no-cache`: a private cache may keep it, and revalidates it each time.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = ProgressContract.CONTENT_LANGUAGE, required = true, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.VARY, description = ProgressContract.VARY, schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = ProgressViews.Summary.class), examples = @ExampleObject(name = "fourWeeks", value = ProgressContract.SUMMARY)))
    @APIResponse(responseCode = "304", description = "Nothing changed since the `ETag` sent; no body.")
    @APIResponse(responseCode = "400", ref = ProgressContract.BAD_PROGRESS_RANGE)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProgressContract.PROGRESS_CONFLICT)
    public Response summary(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = FROM, schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = TO, schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "An `ETag` of this summary read before.") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Parameter(description = ProgressContract.ACCEPT_LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Callers caller = Callers.of(identity);
        Optional<LocalDate> first = QueryValues.date("from", from);
        Optional<LocalDate> last = QueryValues.date("to", to);
        // A partner's summary of the default range, kept since the couple last changed, costs one statement, which
        // also reads the partner's locale.
        ProgressService.Answer answer = (first.isEmpty() && last.isEmpty() && caller.roles().contains(Roles.USER)
                ? snapshots.forPartner(caller, coupleId, Timestamps.now())
                        .map(kept -> new ProgressService.Answer(kept.body(), kept.locale()))
                : Optional.<ProgressService.Answer>empty())
                .orElseGet(() -> progress.answer(caller, coupleId, first, last));
        String language = answer.readerLocale() == null
                ? languages.choose(acceptLanguage, caller, Texts.LANGUAGES)
                : Languages.negotiate(acceptLanguage, () -> Optional.of(answer.readerLocale()), Texts.LANGUAGES);
        return ConditionalGet.answerJson(ifNoneMatch, MilestoneNames.name(mapper, answer.json(), language), language);
    }

    @GET
    @Path("/couples/{coupleId}/progress/heart-days")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Expensive
    @Operation(operationId = "listHeartDays", summary = "The trust tracker, day by day", description = """
            For each day of the range: whether it is a heart day, which partners showed up, and whether the couple
            was paused at some moment of it.""")
    @APIResponse(responseCode = "200", description = "The days, in order.", content = @Content(schema = @Schema(implementation = ProgressViews.Day.Range.class), examples = @ExampleObject(name = "threeDays", value = ProgressContract.HEART_DAYS)))
    @APIResponse(responseCode = "400", ref = ProgressContract.BAD_PROGRESS_RANGE)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProgressContract.PROGRESS_CONFLICT)
    public ProgressViews.Day.Range heartDays(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = FROM, schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = TO, schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        return progress.days(Callers.of(identity), coupleId, QueryValues.date("from", from),
                QueryValues.date("to", to));
    }

    @GET
    @Path("/couples/{coupleId}/progress/commitment-weeks")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Expensive
    @Operation(operationId = "listCommitmentWeeks", summary = "Kept commitments per partner and week", description = """
            For each partner and ISO week of the range: occurrences due so far and how each went. A shared
            commitment counts for both partners; an unmarked past occurrence is due and not kept.""")
    @APIResponse(responseCode = "200", description = "The weeks.", content = @Content(schema = @Schema(implementation = ProgressViews.CommitmentWeek.Range.class), examples = @ExampleObject(name = "week", value = ProgressContract.COMMITMENT_WEEKS)))
    @APIResponse(responseCode = "400", ref = ProgressContract.BAD_PROGRESS_RANGE)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProgressContract.PROGRESS_CONFLICT)
    public ProgressViews.CommitmentWeek.Range commitmentWeeks(
            @Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = FROM, schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = TO, schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        return progress.commitmentWeeks(Callers.of(identity), coupleId, QueryValues.date("from", from),
                QueryValues.date("to", to));
    }

    @GET
    @Path("/couples/{coupleId}/progress/pulse-weeks")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Expensive
    @Operation(operationId = "listPulseWeeks", summary = "Weekly pulse averages", description = """
            For each ISO week of the range, the averages of the check-ins the caller may see: their own, the
            partner's shared ones; for a counselor, those shared with a counselor.""")
    @APIResponse(responseCode = "200", description = "The weeks.", content = @Content(schema = @Schema(implementation = ProgressViews.PulseWeek.Range.class), examples = @ExampleObject(name = "week", value = ProgressContract.PULSE_WEEKS)))
    @APIResponse(responseCode = "400", ref = ProgressContract.BAD_PROGRESS_RANGE)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProgressContract.PROGRESS_CONFLICT)
    public ProgressViews.PulseWeek.Range pulseWeeks(
            @Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = FROM, schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = TO, schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        return progress.pulseWeeks(Callers.of(identity), coupleId, QueryValues.date("from", from),
                QueryValues.date("to", to));
    }

    @GET
    @Path("/couples/{coupleId}/progress/setbacks")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Expensive
    @Operation(operationId = "listSetbacks", summary = "Setbacks and what came after", description = """
            The setbacks written down in the journal in the range that the caller may read, each with the days
            until the next heart day. A setback never erases what came before it.""")
    @APIResponse(responseCode = "200", description = "The setbacks, in order.", content = @Content(schema = @Schema(implementation = ProgressViews.Setback.Range.class), examples = @ExampleObject(name = "one", value = ProgressContract.SETBACKS)))
    @APIResponse(responseCode = "400", ref = ProgressContract.BAD_PROGRESS_RANGE)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProgressContract.PROGRESS_CONFLICT)
    public ProgressViews.Setback.Range setbacks(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = FROM, schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = TO, schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        return progress.setbacks(Callers.of(identity), coupleId, QueryValues.date("from", from),
                QueryValues.date("to", to));
    }

    @GET
    @Path("/couples/{coupleId}/milestones")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "listMilestones", summary = "Milestones reached", description = """
            Every milestone the couple reached, recorded the first time progress found it and never again, with
            stable keys so apps celebrate each once, and a title to show in the best language for
            `Accept-Language` (`en`, `es`, `de`), else for the caller's profile locale, else in English.
            Reading the progress summary records new ones.""")
    @APIResponse(responseCode = "200", description = "The milestones.", headers = {
            @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = ProgressContract.CONTENT_LANGUAGE, required = true, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.VARY, description = ProgressContract.VARY, required = true, schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = ProgressViews.Milestone.List.class), examples = @ExampleObject(name = "three", value = ProgressContract.MILESTONES)))
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProgressContract.PROGRESS_CONFLICT)
    public Response milestones(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = ProgressContract.ACCEPT_LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Callers caller = Callers.of(identity);
        String language = languages.choose(acceptLanguage, caller, Texts.LANGUAGES);
        ProgressViews.Milestone.List milestones = progress.milestones(caller, coupleId, language);
        return Response.ok(milestones).header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, "Accept-Language, Authorization").build();
    }

    @GET
    @Path("/counselor/progress")
    @RolesAllowed(Roles.COUNSELOR)
    @Expensive
    @Operation(operationId = "listCounselorProgress", summary = "My couples' progress at a glance", description = """
            The caller's couples whose grant includes `progress`: last activity, heart days in the last 28, the
            direction of pulses shared with this counselor, and attention flags (`noActivity14Days`; `safetyDrop`
            when a partner's latest shared safety rating is 3 or more below their previous shared one). Computed
            only from what each couple shares with this counselor; each read is logged.""")
    @APIResponse(responseCode = "200", description = "A page of couples.", content = @Content(schema = @Schema(implementation = ProgressViews.Overview.Page.class), examples = @ExampleObject(name = "one", value = ProgressContract.OVERVIEW)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    public ProgressViews.Overview.Page overview(
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "The `nextCursor` of the previous page, unchanged.") @QueryParam("cursor") String cursor) {
        return progress.overview(Callers.of(identity), limit, cursor);
    }
}
