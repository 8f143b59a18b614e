package app.kintsugi.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.kintsugi.platform.problem.ProblemResponses;

/**
 * Writes the conventions every operation shares into the document once, instead of into every resource: the
 * {@code X-Request-Id} header on every response, the problem responses for 401, 403 and 500, and on every POST the
 * {@code Idempotency-Key} header with its 409 and 422 answers.
 */
public class ApiContractFilter implements OASFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String REQUEST_ID_HEADER = "#/components/headers/RequestId";
    private static final Map<Integer, String> TITLES = Map.of(400, "Bad request", 404, "Not found", 409, "Conflict",
            410, "Gone", 412, "Precondition failed", 422, "Validation failed", 428, "Precondition required", 429,
            "Too many attempts");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addHeader("RequestId", OASFactory.createHeader()
                .description("Identifies this exchange in our logs; your own `X-Request-Id` is echoed when it is "
                        + "8 to 128 characters of letters, digits and `._:-`.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        components.addParameter("IdempotencyKey", OASFactory.createParameter()
                .name("Idempotency-Key")
                .in(Parameter.In.HEADER)
                .description("Makes a retry safe: the same key with the same request answers the first result "
                        + "again (with `Idempotent-Replayed: true`) and creates nothing twice; keys are kept "
                        + "24 hours and are private to the caller. A fresh UUID per intended operation is ideal.")
                .required(false)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(255))
                .example("5f2b7c1e-0d7a-4a51-8e0c-3f7d9b2a6c44"));
        components.addResponse("Unauthorized", problem("No valid bearer token: missing, expired, not signed by the "
                + "identity provider, or issued for another audience.", "unauthorized", Examples.PROBLEM_UNAUTHORIZED));
        components.addResponse("Forbidden", problem("The token is valid, but its roles do not allow this operation.",
                "forbidden", Examples.PROBLEM_FORBIDDEN));
        components.addResponse("InternalError", problem("A fault on our side; nothing about it is in the body. Quote "
                + "the request id.", "internalError", Examples.PROBLEM_INTERNAL));
        components.addResponse("IdempotencyKeyInUse", problem("A request with the same `Idempotency-Key` is still "
                + "running; retry once it completed.", "inUse", Examples.PROBLEM_IDEMPOTENCY_IN_USE));

        for (var entry : ProblemCatalog.responses().entrySet()) {
            components.addResponse(entry.getKey(), catalogued(entry.getValue()));
        }

        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            item.getOperations().forEach((method, operation) -> decorate(method, operation));
        }
    }

    private static void decorate(PathItem.HttpMethod method, Operation operation) {
        var responses = operation.getResponses();
        if (responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().ref("Unauthorized"));
        }
        if (responses.hasAPIResponse("403")) {
            responses.addAPIResponse("403", OASFactory.createAPIResponse().ref("Forbidden"));
        }
        if (method == PathItem.HttpMethod.POST) {
            operation.addParameter(OASFactory.createParameter().ref("IdempotencyKey"));
            if (!responses.hasAPIResponse("409")) {
                responses.addAPIResponse("409", OASFactory.createAPIResponse().ref("IdempotencyKeyInUse"));
            }
        }
        responses.addAPIResponse("500", OASFactory.createAPIResponse().ref("InternalError"));
        for (APIResponse response : responses.getAPIResponses().values()) {
            if (response.getRef() == null) {
                response.addHeader("X-Request-Id", OASFactory.createHeader().ref(REQUEST_ID_HEADER));
            }
        }
    }

    private static APIResponse problem(String description, String exampleName, String example) {
        Header requestId = OASFactory.createHeader().ref(REQUEST_ID_HEADER);
        return OASFactory.createAPIResponse()
                .description(description)
                .addHeader("X-Request-Id", requestId)
                .content(OASFactory.createContent().addMediaType(ProblemResponses.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))
                                .addExample(exampleName, OASFactory.createExample().value(parse(example)))));
    }

    private static APIResponse catalogued(ProblemCatalog.Spec spec) {
        var mediaType = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        for (ProblemCatalog.Example example : spec.examples()) {
            int status = "idempotency-key-in-use".equals(example.code()) ? 409 : spec.status();
            // A field error in a 400 names a query parameter; the API answers those as invalid-parameter.
            boolean parameter = status == 400 && example.field() != null;
            String code = parameter ? "invalid-parameter" : example.code();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "https://kintsugi.app/problems/" + code);
            body.put("title", TITLES.get(status));
            body.put("status", status);
            body.put("detail", example.field() == null
                    ? example.detail()
                    : parameter
                            ? "A parameter of the request is not valid."
                            : "Some fields are not valid; see errors.");
            body.put("code", code);
            body.put("requestId", "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1");
            if (example.field() != null) {
                // Ordered, so that the generated document is the same on every build and diffs stay readable.
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("field", example.field());
                error.put("code", example.fieldCode());
                error.put("message", example.detail());
                body.put("errors", List.of(error));
            }
            mediaType.addExample(example.name(), OASFactory.createExample().value(body));
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(spec.description())
                .addHeader("X-Request-Id", OASFactory.createHeader().ref(REQUEST_ID_HEADER))
                .content(OASFactory.createContent().addMediaType(ProblemResponses.MEDIA_TYPE, mediaType));
        if (spec.status() == 429) {
            response.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds to wait before trying again.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
        return response;
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An example in Examples is not valid JSON", e);
        }
    }
}
