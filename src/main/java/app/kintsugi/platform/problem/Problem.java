package app.kintsugi.platform.problem;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error this API answers.
 *
 * <p>
 * {@code code} is the stable, machine-readable identifier clients switch on; {@code title} and {@code detail} are for
 * people and may be reworded. Neither ever contains a stack trace, a class name or content a user wrote.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem detail. Switch on `code`; `title` and `detail` are for people.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "URI identifying the kind of problem.", required = true, examples = "https://kintsugi.app/problems/not-found") URI type,
        @Schema(description = "Short summary of the kind of problem.", required = true, examples = "Not found") String title,
        @Schema(description = "The HTTP status code.", required = true, examples = "404") int status,
        @Schema(description = "What went wrong with this request, in plain words; absent when there is nothing to add to the title.") String detail,
        @Schema(description = "The path of the request that failed.", examples = "/v1/me") String instance,
        @Schema(description = "Stable machine-readable code. Each operation documents the codes it can answer with; new codes may be added, so treat an unknown one like its status.", required = true, examples = "not-found") String code,
        @Schema(description = "The request id, also sent in the `X-Request-Id` header; quote it to support.", required = true) String requestId,
        @Schema(description = "One entry per invalid field or parameter; absent when the problem is not about fields.") List<FieldError> errors) {

    /** Base of every {@link #type} URI. */
    public static final String TYPE_BASE = "https://kintsugi.app/problems/";

    /** One invalid field of a body, or one invalid query or header parameter. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "JSON pointer into the body (`/timeZone`), or the parameter name (`limit`).", required = true, examples = "/timeZone") String field,
            @Schema(description = "Stable code of the violated rule.", required = true, examples = "invalid-time-zone") String code,
            @Schema(description = "What is wrong, in plain words.", required = true) String message) {
    }
}
