package app.kintsugi.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.identity.SecurityIdentity;

import app.kintsugi.platform.http.ETags;
import app.kintsugi.platform.http.MergePatch;
import app.kintsugi.platform.openapi.Examples;
import app.kintsugi.platform.openapi.ProblemCatalog;
import app.kintsugi.platform.problem.Problem;
import app.kintsugi.platform.problem.ProblemResponses;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;

@Path("/v1/me")
@Tag(name = "Profile")
@RolesAllowed({Roles.USER, Roles.COUNSELOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
class ProfileResource {

    private final ProfileService service;
    private final SecurityIdentity identity;

    ProfileResource(ProfileService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "getMyProfile", summary = "Read my profile", description = """
            Answers the signed-in person's profile, creating it on the first call from the token's name, `zoneinfo`
            and `locale` claims (or `Member`, `UTC` and `en`). Keep the `ETag`: changes need it in `If-Match`.
            Service clients (client credentials) are not people and get 403.""")
    @APIResponse(responseCode = "200", description = "The profile.", headers = @Header(name = HttpHeaders.ETAG, description = "Version of the profile; send it as `If-Match` to change it.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ProfileView.class), examples = @ExampleObject(name = "profile", value = ProfileContract.PROFILE)))
    public Response get() {
        Callers caller = Callers.of(identity);
        Profile profile = service.current(caller);
        return Response.ok(ProfileService.view(profile, caller)).tag(ETags.of(profile.version)).build();
    }

    @PATCH
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateMyProfile", summary = "Change my profile", description = """
            Changes the display name, time zone or locale with a JSON Merge Patch: send only the fields that change.
            `If-Match` with the ETag last read is required, so that two devices never overwrite each other unseen.""")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ProfilePatch.class), examples = {
            @ExampleObject(name = "moveTimeZone", summary = "Travelling for a while", value = ProfileContract.PROFILE_PATCH),
            @ExampleObject(name = "rename", summary = "Change the name the partner sees", value = ProfileContract.PROFILE_PATCH_NAME)}))
    @APIResponse(responseCode = "200", description = "The changed profile.", headers = @Header(name = HttpHeaders.ETAG, description = "The new version.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ProfileView.class), examples = @ExampleObject(name = "profile", value = ProfileContract.PROFILE_PATCHED)))
    @APIResponse(responseCode = "400", ref = ProblemCatalog.MALFORMED_JSON)
    @APIResponse(responseCode = "412", ref = ProblemCatalog.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", description = "The body was not sent as `application/merge-patch+json`.", content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "wrongType", value = Examples.PROBLEM_UNSUPPORTED_MEDIA_TYPE)))
    @APIResponse(responseCode = "422", ref = ProfileContract.INVALID_PROFILE)
    @APIResponse(responseCode = "428", ref = ProblemCatalog.PRECONDITION_REQUIRED)
    public Response patch(
            @Parameter(description = "The ETag of the profile as last read.", required = true, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) {
        Callers caller = Callers.of(identity);
        Profile profile = service.patch(caller, ifMatch, patch);
        return Response.ok(ProfileService.view(profile, caller)).tag(ETags.of(profile.version)).build();
    }
}
