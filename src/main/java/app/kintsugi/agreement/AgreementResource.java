package app.kintsugi.agreement;

import java.net.URI;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
@Tag(name = "Agreements")
@Produces(MediaType.APPLICATION_JSON)
class AgreementResource {

    private static final String COUPLE = "The couple's id.";
    private static final String AGREEMENT = "The agreement's id.";
    private static final String NUMBER = "The version's number: 1 for the first.";
    private static final String CONCERN = "The concern's id.";
    private static final String LIMIT = "Page size, 1 to 100.";
    private static final String CURSOR = "The `nextCursor` of the previous page, unchanged.";
    private static final String IF_MATCH = "Optional: the agreement's `ETag` as last read. When sent and the "
            + "agreement changed since, nothing happens (412).";

    private final AgreementService agreements;
    private final ConcernService concerns;
    private final SecurityIdentity identity;

    AgreementResource(AgreementService agreements, ConcernService concerns, SecurityIdentity identity) {
        this.agreements = agreements;
        this.concerns = concerns;
        this.identity = identity;
    }

    @POST
    @Path("/couples/{coupleId}/agreements")
    @Idempotent
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeAgreement", summary = "Propose an agreement", description = """
            Puts an agreement on the table: a topic (`devicesAndMessages`, `socialMedia`, `thirdPersonContact`,
            `disclosure`, `physicalPace` or `other`), a title and terms saying what is shared, how often, through
            which channel, or at what pace. Proposing counts as the proposer's acceptance; the agreement takes
            effect when the partner accepts it too. Title and terms are stored encrypted and never logged. Only
            while both partners are in the couple and neither holds a pause.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewAgreement.class), examples = @ExampleObject(name = "phones", value = AgreementContract.NEW_AGREEMENT)))
    @APIResponse(responseCode = "201", description = "The agreement; `Location` names it.", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "The new agreement.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = "Its version; may be sent as `If-Match` when revising or reopening it.", schema = @Schema(type = SchemaType.STRING))}, content = @Content(schema = @Schema(implementation = AgreementView.class), examples = @ExampleObject(name = "proposed", value = AgreementContract.AGREEMENT_PROPOSED)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = AgreementContract.AGREEMENT_WRITE_CONFLICT)
    @APIResponse(responseCode = "422", ref = AgreementContract.INVALID_AGREEMENT)
    public Response propose(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            NewAgreement body) {
        AgreementService.Versioned created = agreements.create(Callers.of(identity), coupleId, body);
        return Response.created(URI.create(agreementPath(coupleId, created.view().id().toString())))
                .entity(created.view()).tag(ETags.of(created.version())).build();
    }

    @GET
    @Path("/couples/{coupleId}/agreements")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "listAgreements", summary = "List the couple's agreements", description = """
            The couple's agreements, newest first, each with the version in force, the version waiting for
            acceptance and the review day. `due=true` lists those whose review day has come (in the couple's time
            zone). A counselor with the `agreements` scope reads them too, without concern counts; the read is
            written to the couple's access log. After the couple ended, a former partner keeps the versions both
            accepted and their own proposals.""")
    @APIResponse(responseCode = "200", description = "A page of agreements.", content = @Content(schema = @Schema(implementation = AgreementPage.class), examples = @ExampleObject(name = "two", value = AgreementContract.AGREEMENT_PAGE)))
    @APIResponse(responseCode = "400", ref = AgreementContract.BAD_AGREEMENT_QUERY)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public AgreementPage list(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = "Only agreements on this topic.", schema = @Schema(implementation = AgreementTopic.class)) @QueryParam("topic") String topic,
            @Parameter(description = "Only agreements with this status.", schema = @Schema(implementation = AgreementStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "`true`: only agreements whose review day has come; `false`: only the others.", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("due") String due,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = CURSOR) @QueryParam("cursor") String cursor) {
        AgreementService.Filters filters = new AgreementService.Filters(
                QueryValues.word(AgreementTopic.class, "topic", topic),
                QueryValues.word(AgreementStatus.class, "status", status), flag("due", due));
        return agreements.list(Callers.of(identity), coupleId, filters, limit, cursor);
    }

    @GET
    @Path("/couples/{coupleId}/agreements/{agreementId}")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "getAgreement", summary = "Read an agreement", description = """
            One agreement: its status (`proposed`, `inForce` or `underReview`), the version in force, the version
            waiting for acceptance with who accepted it so far, the review day, and for partners the number of
            concerns not yet talked through. While it is under review, the version in force still counts.""")
    @APIResponse(responseCode = "200", description = "The agreement.", headers = @Header(name = HttpHeaders.ETAG, description = "Its version; may be sent as `If-Match` when revising or reopening it.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = AgreementView.class), examples = {
            @ExampleObject(name = "inForce", value = AgreementContract.AGREEMENT_IN_FORCE),
            @ExampleObject(name = "underReview", summary = "Reopened at its review: the terms in force wait for both partners again", value = AgreementContract.AGREEMENT_UNDER_REVIEW)}))
    @APIResponse(responseCode = "404", ref = AgreementContract.AGREEMENT_NOT_FOUND)
    public Response get(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = AGREEMENT) @PathParam("agreementId") String agreementId) {
        AgreementService.Versioned agreement = agreements.get(Callers.of(identity), coupleId, agreementId);
        return Response.ok(agreement.view()).tag(ETags.of(agreement.version())).build();
    }

    @PUT
    @Path("/couples/{coupleId}/agreements/{agreementId}/status")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenAgreement", summary = "Reopen an agreement", description = """
            Either partner may reopen an agreement at any time, without giving a reason: `underReview` puts the
            terms in force back on the table, unchanged, as a new version that both accept again (reopening is
            not an acceptance) or replace with a revision. The version in force stays in force meanwhile. An
            agreement with a version already waiting is open already, and nothing changes. No other status can be
            set (409): an agreement comes into force only through both partners' acceptances.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AgreementStatusChange.class), examples = @ExampleObject(name = "reopen", value = AgreementContract.REOPEN)))
    @APIResponse(responseCode = "200", description = "The agreement, under review.", headers = @Header(name = HttpHeaders.ETAG, description = "Its new version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = AgreementView.class), examples = @ExampleObject(name = "underReview", value = AgreementContract.AGREEMENT_UNDER_REVIEW)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = AgreementContract.AGREEMENT_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = AgreementContract.AGREEMENT_STATUS_CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemCatalog.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = AgreementContract.INVALID_AGREEMENT_STATUS)
    public Response reopen(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = AGREEMENT) @PathParam("agreementId") String agreementId,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AgreementStatusChange body) {
        AgreementService.Versioned agreement = agreements.changeStatus(Callers.of(identity), coupleId, agreementId,
                ifMatch, body);
        return Response.ok(agreement.view()).tag(ETags.of(agreement.version())).build();
    }

    @GET
    @Path("/couples/{coupleId}/agreements/{agreementId}/versions")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "listAgreementVersions", summary = "An agreement's history", description = """
            Every version of the agreement, newest first, each with its status: `pending`, `inForce`, `replaced`
            (was in force until a later version took effect) or `superseded` (set aside by a newer proposal before
            both accepted it), and who accepted it when.""")
    @APIResponse(responseCode = "200", description = "A page of versions.", content = @Content(schema = @Schema(implementation = AgreementVersionPage.class), examples = @ExampleObject(name = "revised", value = AgreementContract.VERSION_PAGE)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    @APIResponse(responseCode = "404", ref = AgreementContract.AGREEMENT_NOT_FOUND)
    public AgreementVersionPage versions(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = AGREEMENT) @PathParam("agreementId") String agreementId,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = CURSOR) @QueryParam("cursor") String cursor) {
        return agreements.versions(Callers.of(identity), coupleId, agreementId, limit, cursor);
    }

    @POST
    @Path("/couples/{coupleId}/agreements/{agreementId}/versions")
    @Idempotent
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviseAgreement", summary = "Propose a revision", description = """
            Either partner may propose new terms at any time. They count as the proposer's acceptance and take
            effect when the partner accepts them; meanwhile the agreement is `underReview` and the version in force
            stays in force. A newer proposal sets aside one still waiting. A title or review interval left out is
            the newest version's.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AgreementRevision.class), examples = @ExampleObject(name = "revision", value = AgreementContract.REVISION)))
    @APIResponse(responseCode = "201", description = "The proposed version; `Location` names it.", headers = @Header(name = HttpHeaders.LOCATION, description = "The new version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = AgreementVersionView.class), examples = @ExampleObject(name = "proposed", value = AgreementContract.VERSION_PROPOSED)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = AgreementContract.AGREEMENT_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = AgreementContract.AGREEMENT_WRITE_CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemCatalog.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = AgreementContract.INVALID_REVISION)
    public Response revise(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = AGREEMENT) @PathParam("agreementId") String agreementId,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AgreementRevision body) {
        AgreementVersionView created = agreements.propose(Callers.of(identity), coupleId, agreementId, ifMatch, body);
        return Response.created(URI.create(agreementPath(coupleId, agreementId) + "/versions/" + created.number()))
                .entity(created).build();
    }

    @GET
    @Path("/couples/{coupleId}/agreements/{agreementId}/versions/{number}")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "getAgreementVersion", summary = "Read one version", description = """
            One version of an agreement with its terms, its status and who accepted it when. A counselor sees the
            same, without the partners' `yours` marks.""")
    @APIResponse(responseCode = "200", description = "The version.", content = @Content(schema = @Schema(implementation = AgreementVersionView.class), examples = {
            @ExampleObject(name = "pending", value = AgreementContract.VERSION_PROPOSED),
            @ExampleObject(name = "forCounselor", summary = "As a counselor reads it", value = AgreementContract.VERSION_FOR_COUNSELOR)}))
    @APIResponse(responseCode = "404", ref = AgreementContract.AGREEMENT_VERSION_NOT_FOUND)
    public AgreementVersionView version(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = AGREEMENT) @PathParam("agreementId") String agreementId,
            @Parameter(description = NUMBER, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1")) @PathParam("number") String number) {
        return agreements.version(Callers.of(identity), coupleId, agreementId, number);
    }

    @PUT
    @Path("/couples/{coupleId}/agreements/{agreementId}/versions/{number}/my-acceptance")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "acceptAgreementVersion", summary = "Accept a version", description = """
            The caller accepts the version waiting for acceptance. Once both partners have, it takes effect at
            once: it replaces the version in force, and the next review day is set that many months ahead
            (`reviewEveryMonths`, in the couple's time zone). Accepting again, or accepting the version in force,
            changes nothing. A version set aside by a newer one can no longer be accepted (409).""")
    @APIResponse(responseCode = "200", description = "The agreement.", headers = @Header(name = HttpHeaders.ETAG, description = "Its new version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = AgreementView.class), examples = @ExampleObject(name = "inForce", value = AgreementContract.AGREEMENT_IN_FORCE)))
    @APIResponse(responseCode = "404", ref = AgreementContract.AGREEMENT_VERSION_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = AgreementContract.ACCEPT_VERSION_CONFLICT)
    public Response accept(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = AGREEMENT) @PathParam("agreementId") String agreementId,
            @Parameter(description = NUMBER, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1")) @PathParam("number") String number) {
        AgreementService.Versioned agreement = agreements.accept(Callers.of(identity), coupleId, agreementId, number);
        return Response.ok(agreement.view()).tag(ETags.of(agreement.version())).build();
    }

    @POST
    @Path("/couples/{coupleId}/agreements/{agreementId}/concerns")
    @Idempotent
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "raiseConcern", summary = "Raise a concern about an agreement", description = """
            A partner names, in a few words, something about an agreement they would like to talk over: that it
            feels hard to keep, that something happened around it, that it no longer fits. It is for the two
            partners alone; counselors never read concerns. It stays open until a conversation about it took place
            (see its `resolution`). The text is stored encrypted and never logged.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewConcern.class), examples = @ExampleObject(name = "concern", value = AgreementContract.NEW_CONCERN)))
    @APIResponse(responseCode = "201", description = "The concern; `Location` names it.", headers = @Header(name = HttpHeaders.LOCATION, description = "The new concern.", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ConcernView.class), examples = @ExampleObject(name = "raised", value = AgreementContract.CONCERN)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = AgreementContract.AGREEMENT_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = AgreementContract.AGREEMENT_WRITE_CONFLICT)
    @APIResponse(responseCode = "422", ref = AgreementContract.INVALID_CONCERN)
    public Response raise(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = AGREEMENT) @PathParam("agreementId") String agreementId, NewConcern body) {
        ConcernView created = concerns.raise(Callers.of(identity), coupleId, agreementId, body);
        return Response.created(URI.create(agreementPath(coupleId, agreementId) + "/concerns/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Path("/couples/{coupleId}/agreements/{agreementId}/concerns")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "listConcerns", summary = "List concerns about an agreement", description = """
            The concerns raised about the agreement, most recent first; `open=true` lists those not yet talked
            through. Partners only. After the couple ended, a former partner sees only the concerns they raised.""")
    @APIResponse(responseCode = "200", description = "A page of concerns.", content = @Content(schema = @Schema(implementation = ConcernPage.class), examples = @ExampleObject(name = "one", value = AgreementContract.CONCERN_PAGE)))
    @APIResponse(responseCode = "400", ref = AgreementContract.BAD_CONCERN_QUERY)
    @APIResponse(responseCode = "404", ref = AgreementContract.AGREEMENT_NOT_FOUND)
    public ConcernPage concerns(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = AGREEMENT) @PathParam("agreementId") String agreementId,
            @Parameter(description = "`true`: only concerns not yet talked through; `false`: only those that were.", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("open") String open,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = CURSOR) @QueryParam("cursor") String cursor) {
        return concerns.list(Callers.of(identity), coupleId, agreementId, flag("open", open), limit, cursor);
    }

    @GET
    @Path("/couples/{coupleId}/agreements/{agreementId}/concerns/{concernId}")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "getConcern", summary = "Read a concern", description = """
            One concern about an agreement, and whether it was talked through. Partners only.""")
    @APIResponse(responseCode = "200", description = "The concern.", content = @Content(schema = @Schema(implementation = ConcernView.class), examples = @ExampleObject(name = "resolved", value = AgreementContract.CONCERN_RESOLVED)))
    @APIResponse(responseCode = "404", ref = AgreementContract.CONCERN_NOT_FOUND)
    public ConcernView concern(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = AGREEMENT) @PathParam("agreementId") String agreementId,
            @Parameter(description = CONCERN) @PathParam("concernId") String concernId) {
        return concerns.get(Callers.of(identity), coupleId, agreementId, concernId);
    }

    @PUT
    @Path("/couples/{coupleId}/agreements/{agreementId}/concerns/{concernId}/resolution")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resolveConcern", summary = "Mark a concern talked through", description = """
            Either partner marks the concern talked through by naming the conversation note of the talk that
            followed; the note must be this couple's (422 `unknown-note` otherwise). Naming another note later
            replaces the link and keeps the first time it was resolved.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ConcernResolution.class), examples = @ExampleObject(name = "note", value = AgreementContract.RESOLUTION)))
    @APIResponse(responseCode = "200", description = "The concern, resolved.", content = @Content(schema = @Schema(implementation = ConcernView.class), examples = @ExampleObject(name = "resolved", value = AgreementContract.CONCERN_RESOLVED)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = AgreementContract.CONCERN_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = AgreementContract.RESOLVE_CONCERN_CONFLICT)
    @APIResponse(responseCode = "422", ref = AgreementContract.INVALID_RESOLUTION)
    public ConcernView resolve(@Parameter(description = COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = AGREEMENT) @PathParam("agreementId") String agreementId,
            @Parameter(description = CONCERN) @PathParam("concernId") String concernId, ConcernResolution body) {
        return concerns.resolve(Callers.of(identity), coupleId, agreementId, concernId, body);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static String agreementPath(String coupleId, String agreementId) {
        return "/v1/couples/" + coupleId + "/agreements/" + agreementId;
    }

    /** A boolean query parameter: {@code true} or {@code false}, nothing else. */
    private static Optional<Boolean> flag(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value) {
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> throw Problems.invalidParameter(name, "invalid-boolean", name + " is true or false.");
        };
    }
}
