package app.kintsugi.practice;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import app.kintsugi.exercise.ExerciseCatalogue;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;

@Path("/v1")
@Tag(name = "Practice")
@Produces(MediaType.APPLICATION_JSON)
class PracticeResource {

    private final SessionService sessions;
    private final RecommendationService recommendations;
    private final ExerciseCatalogue catalogue;
    private final SecurityIdentity identity;

    PracticeResource(SessionService sessions, RecommendationService recommendations, ExerciseCatalogue catalogue,
            SecurityIdentity identity) {
        this.sessions = sessions;
        this.recommendations = recommendations;
        this.catalogue = catalogue;
        this.identity = identity;
    }

    @GET
    @Path("/couples/{coupleId}/my-practice-preferences")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "getMyPracticePreferences", summary = "Read my practice settings", description = """
            The caller's own choice about touch exercises, and whether touch exercises are open to the couple (only
            while both chose them). The other partner's choice is never shown on its own.""")
    @APIResponse(responseCode = "200", description = "The caller's settings.", content = @Content(schema = @Schema(implementation = PreferencesView.class), examples = @ExampleObject(name = "open", value = PracticeContract.PREFERENCES)))
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public PreferencesView preferences(
            @Parameter(description = RunResource.COUPLE) @PathParam("coupleId") String coupleId) {
        return sessions.preferences(Callers.of(identity), coupleId);
    }

    @PUT
    @Path("/couples/{coupleId}/my-practice-preferences")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setMyPracticePreferences", summary = "Choose whether I take part in touch exercises", description = """
            The caller's own choice, changeable at any time. Touch exercises can be started only while both partners
            chose them. Withdrawing the choice pauses a touch session under way at once.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PracticePreferences.class), examples = @ExampleObject(name = "optIn", value = "{\"touchExercises\": true}")))
    @APIResponse(responseCode = "200", description = "The caller's settings.", content = @Content(schema = @Schema(implementation = PreferencesView.class), examples = @ExampleObject(name = "open", value = PracticeContract.PREFERENCES)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemCatalog.COUPLE_ENDED)
    @APIResponse(responseCode = "422", ref = PracticeContract.INVALID_PREFERENCES)
    public PreferencesView setPreferences(
            @Parameter(description = RunResource.COUPLE) @PathParam("coupleId") String coupleId,
            PracticePreferences preferences) {
        return sessions.setPreferences(Callers.of(identity), coupleId, preferences);
    }

    @GET
    @Path("/couples/{coupleId}/recommendations")
    @RolesAllowed({Roles.USER, Roles.COUNSELOR})
    @Operation(operationId = "recommendExercises", summary = "Suggest what to practise next", description = """
            A ranked short list (not a paged collection: `limit` 1–20, default 5). The rule, in order:

            1. Published exercises only; touch exercises only while both partners chose them.
            2. A **pace** caps intensity: `gentle` until the couple completed 3 sessions, `moderate` until 6, then
               `deep`. Any "too much" feedback in the last 14 days brings the pace back to `gentle`, without saying
               whose it was.
            3. Exercises practised in the last 14 days (a run started or a session held) are left out. If that
               leaves nothing, those practised longest ago come back as `revisit`.
            4. Order: never practised first; then the pace's own intensity before gentler ones; then shorter first.

            A counselor needs the `assignExercises` scope.""")
    @APIResponse(responseCode = "200", description = "Suggestions, best first.", content = @Content(schema = @Schema(implementation = Recommendations.class), examples = @ExampleObject(name = "startingOut", value = PracticeContract.RECOMMENDATIONS)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.BAD_LIST_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemCatalog.COUPLE_NOT_FOUND)
    public Recommendations recommend(
            @Parameter(description = RunResource.COUPLE) @PathParam("coupleId") String coupleId,
            @Parameter(description = "How many, 1 to 20.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "20", defaultValue = "5")) @QueryParam("limit") String limit,
            @Parameter(description = RunResource.LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return recommendations.recommend(Callers.of(identity), coupleId, limit,
                catalogue.negotiate(acceptLanguage, Callers.of(identity)));
    }
}
