package app.kintsugi.platform.openapi;

import java.util.ArrayList;
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
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.kintsugi.platform.http.SoundText;
import app.kintsugi.platform.http.StatusKinds;
import app.kintsugi.platform.problem.ProblemResponses;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.ratelimit.RateLimitProblem;

/**
 * Writes the outcomes every operation shares into the document once, instead of into every resource, and merges them
 * into each operation's own responses so that every status and problem {@code code} a client can meet is on the
 * operation: {@code X-Request-Id} on every response; 400 for unknown query parameters, query values holding a NUL or
 * half of a surrogate pair (and malformed JSON bodies); 401; 403 {@code forbidden} beside an operation's own 403 codes;
 * 406; 413, 415 (also for a body without a concrete {@code Content-Type}) and 422 (unknown field, wrong type, NUL or
 * half a surrogate pair in a string) for operations with a body; 415 for a body sent to a PUT or POST that takes none;
 * on every POST the {@code Idempotency-Key} parameter, its 400, 409 and 422 problems and the
 * {@code Idempotent-Replayed} header; 429 {@code rate-limited} with {@code Retry-After}, and {@code RateLimit-Policy}
 * and {@code RateLimit} on every response; one {@code default} response for 5xx faults (500, and 503
 * {@code service-unavailable} with {@code Retry-After} during a database outage); {@code Content-Language} and
 * {@code Vary: Accept-Language} on every problem response, whose texts follow the caller's language; and
 * {@code format: uuid} on {@code ...Id} path parameters.
 */
public class ApiContractFilter implements OASFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String REQUEST_ID_HEADER = "#/components/headers/RequestId";
    private static final String RATE_LIMIT_POLICY_HEADER = "#/components/headers/RateLimitPolicy";
    private static final String RATE_LIMIT_HEADER = "#/components/headers/RateLimit";
    private static final String PROBLEM_CONTENT_LANGUAGE_HEADER = "#/components/headers/ProblemContentLanguage";
    private static final String PROBLEM_VARY_HEADER = "#/components/headers/ProblemVary";

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
                .required(true)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        // draft-ietf-httpapi-ratelimit-headers-11: both fields are lists of structured-field items, one per budget the
        // request drew from. Not required: a deployment may turn rate limits off, and answers the HTTP layer gives
        // before the API's routes run (a declared body over the limit) carry neither.
        components.addHeader("RateLimitPolicy", OASFactory.createHeader()
                .description("The rate-limit budgets this request counted against (IETF draft "
                        + "`draft-ietf-httpapi-ratelimit-headers`): for each, its name, `q` the requests a full "
                        + "budget allows and `w` the seconds in which it refills completely. `subject` counts every "
                        + "request of a signed-in caller, `anonymous` every request without a valid token from one "
                        + "client address, `expensive` (beside `subject`) a signed-in caller's progress summaries, "
                        + "exports and one-time codes.")
                .required(false)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .example("\"subject\";q=300;w=60"));
        components.addHeader("RateLimit", OASFactory.createHeader()
                .description("What is left of each budget in `RateLimit-Policy`: `r` the requests left now, `t` the "
                        + "seconds until the budget is full again. Budgets refill evenly, one request every `w/q` "
                        + "seconds, so a client that paces itself below `q/w` per second is never refused.")
                .required(false)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .example("\"subject\";r=299;t=1"));
        components.addHeader("ProblemContentLanguage", OASFactory.createHeader()
                .description("The language of the problem's `title`, `detail` and `errors[].message`: the best of "
                        + "`en`, `es` and `de` for `Accept-Language`, else the caller's profile locale, else `en`. "
                        + "Two languages (`es, en`) when some of these texts exist only in English so far. `type`, "
                        + "`code` and `errors[].code` never change with the language.")
                .required(true)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .example("es"));
        components.addHeader("ProblemVary", OASFactory.createHeader()
                .description("`Accept-Language`: a problem's texts follow the caller's language.")
                .required(true)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .example("Accept-Language"));
        components.addParameter("IdempotencyKey", OASFactory.createParameter()
                .name("Idempotency-Key")
                .in(Parameter.In.HEADER)
                .description("Makes a retry safe: the same key with the same request answers the first result "
                        + "again (with `Idempotent-Replayed: true`) and creates nothing twice; keys are kept "
                        + "24 hours and are private to the caller. A fresh UUID per intended operation is ideal.")
                .required(false)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(255))
                .example("5f2b7c1e-0d7a-4a51-8e0c-3f7d9b2a6c44"));
        APIResponse unauthorized = problem("No valid bearer token: missing, expired, not signed by the identity "
                + "provider, or issued for another audience.", "unauthorized", Examples.PROBLEM_UNAUTHORIZED);
        unauthorized.addHeader("WWW-Authenticate", OASFactory.createHeader()
                .description("The RFC 6750 challenge: `Bearer` without a token, `Bearer error=\"invalid_token\"` "
                        + "when the token sent was refused.")
                .required(true)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        components.addResponse("Unauthorized", unauthorized);
        APIResponse faults = problem("Any 5xx: a fault on our side (500 `internal-error`), with nothing about it in "
                + "the body; quote the request id. Or the database is briefly unreachable (an outage, a restart, a "
                + "statement over its time limit): 503 `service-unavailable` with `Retry-After`; retry then (a POST "
                + "with the same `Idempotency-Key`, so that nothing is created twice).", "internalError",
                Examples.PROBLEM_INTERNAL);
        faults.getContent().getMediaType(ProblemResponses.MEDIA_TYPE).addExample("serviceUnavailable",
                OASFactory.createExample().value(parse(Examples.PROBLEM_SERVICE_UNAVAILABLE)));
        faults.addHeader("Retry-After", OASFactory.createHeader()
                .description("On a 503: seconds to wait before retrying.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        components.addResponse("InternalError", faults);

        for (var entry : ProblemCatalog.responses().entrySet()) {
            components.addResponse(entry.getKey(), catalogued(entry.getValue()));
        }
        components.getResponses().values().forEach(ApiContractFilter::rateLimitHeaders);
        components.getResponses().values().forEach(ApiContractFilter::problemLanguageHeaders);

        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            Components shared = components;
            item.getOperations().forEach((method, operation) -> {
                roles(operation);
                decorate(shared, method, operation);
            });
        }
        dropUnreferencedResponses(openAPI);
        extensibleEnums(components);
    }

    /**
     * Closed sets are enums so that clients get types, and every enum says how it evolves: a later version of v1 may
     * add a value (never rename or remove one, which the compatibility gate refuses), so a client must accept a value
     * it does not know.
     */
    private static void extensibleEnums(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        for (Schema schema : components.getSchemas().values()) {
            if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
                schema.addExtension("x-extensible-enum", true);
                String description = schema.getDescription() == null ? "" : schema.getDescription().strip() + " ";
                schema.setDescription(description + "Values may be added within v1: accept one you do not know "
                        + "(show it generically; never fail on it).");
            }
        }
    }

    /**
     * Roles are not OAuth scopes, and a bearer scheme has none: each operation's security requirement names the scheme
     * alone, and the roles that may call it are listed in {@code x-roles} and in a sentence of its description.
     */
    private static void roles(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        java.util.Set<String> roles = new java.util.LinkedHashSet<>();
        List<org.eclipse.microprofile.openapi.models.security.SecurityRequirement> requirements = new ArrayList<>();
        for (var requirement : operation.getSecurity()) {
            var plain = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                if (scopes != null) {
                    roles.addAll(scopes);
                }
                plain.addScheme(scheme);
            });
            requirements.add(plain);
        }
        operation.setSecurity(requirements);
        if (!roles.isEmpty()) {
            operation.addExtension("x-roles", new ArrayList<>(roles));
            String list = String.join(", ", roles.stream().map(role -> "`" + role + "`").toList());
            String description = operation.getDescription() == null ? "" : operation.getDescription().strip();
            operation.setDescription(description + "\n\n**Roles:** " + list + ".");
        }
    }

    /** A shared response that every operation now carries a merged copy of is no longer published on its own. */
    private static void dropUnreferencedResponses(OpenAPI openAPI) {
        if (openAPI.getComponents().getResponses() == null) {
            return;
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            item.getOperations().values().forEach(operation -> {
                var all = new ArrayList<>(operation.getResponses().getAPIResponses().values());
                if (operation.getResponses().getDefaultValue() != null) {
                    all.add(operation.getResponses().getDefaultValue());
                }
                for (APIResponse response : all) {
                    if (response.getRef() != null) {
                        used.add(response.getRef().substring(response.getRef().lastIndexOf('/') + 1));
                    }
                }
            });
        }
        for (String name : new ArrayList<>(openAPI.getComponents().getResponses().keySet())) {
            if (!used.contains(name)) {
                openAPI.getComponents().removeResponse(name);
            }
        }
    }

    private static void decorate(Components components, PathItem.HttpMethod method, Operation operation) {
        var responses = operation.getResponses();
        boolean body = operation.getRequestBody() != null;
        boolean post = method == PathItem.HttpMethod.POST;
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                identifier(parameter);
            }
        }

        List<Map<String, Object>> badRequests = new ArrayList<>();
        badRequests.add(generic(400, "unknown-query-parameter", "The request has query parameters this operation does "
                + "not accept; see errors.", "sort", "unknown-parameter",
                "This operation has no query parameter of this name."));
        if (queryParameter(operation, "limit")) {
            badRequests.add(generic(400, "invalid-parameter", "A parameter of the request is not valid.", "limit",
                    "out-of-range", "limit must be a whole number from 1 to 100."));
        }
        if (queryParameter(operation, "cursor")) {
            badRequests.add(generic(400, "invalid-parameter", "A parameter of the request is not valid.", "cursor",
                    "invalid-cursor", "cursor must be a nextCursor value this list returned, unchanged."));
        }
        String firstQuery = firstQueryParameter(operation);
        if (firstQuery != null) {
            badRequests.add(generic(400, "invalid-parameter", "A parameter of the request is not valid.", firstQuery,
                    SoundText.CODE, SoundText.MESSAGE));
        }
        if (body) {
            badRequests.add(generic(400, "malformed-json", "The request body is not well-formed JSON.", null, null,
                    null));
        }
        if (post) {
            badRequests.add(generic(400, "invalid-parameter", "A parameter of the request is not valid.",
                    "Idempotency-Key", "invalid-idempotency-key",
                    "Idempotency-Key must be 1 to 255 visible ASCII characters, such as a UUID."));
        }
        merge(components, responses, "400", "The request is not one this operation understands: an unknown query "
                + "parameter" + (queryParameter(operation, "cursor")
                        ? ", a `limit` out of range, a `cursor` not "
                                + "issued by this list"
                        : "")
                + (firstQuery != null ? ", a query value holding a NUL character or half of a surrogate pair" : "")
                + (body ? ", a body that is not well-formed JSON" : "")
                + (post ? ", a malformed `Idempotency-Key`" : "") + ".", badRequests);

        if (responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().ref("Unauthorized"));
        }
        APIResponse own403 = responses.getAPIResponse("403");
        if ((operation.getExtensions() == null || !operation.getExtensions().containsKey("x-roles")) && own403 != null
                && own403.getRef() == null && own403.getContent() == null) {
            // Any signed-in caller may call it: no role can be missing, so the 403 added for roles cannot happen.
            responses.removeAPIResponse("403");
        }
        if (responses.hasAPIResponse("403")) {
            merge(components, responses, "403", "The token's roles do not allow this operation.",
                    List.of(kind(403)));
        }
        merge(components, responses, "406", "The `Accept` header allows none of the media types this operation "
                + "answers in.", List.of(kind(406)));
        if (body) {
            merge(components, responses, "413", "The body is larger than the API accepts (64 KiB by default).",
                    List.of(kind(413)));
            merge(components, responses, "415", "The `Content-Type` is not one this operation accepts.",
                    List.of(kind(415)));
            merge(components, responses, "422", "A field of the body is unknown, has the wrong type, or holds a NUL "
                    + "character or half of a surrogate pair; `errors` names it by JSON pointer.",
                    List.of(generic(422, "validation-failed", "Some fields are not valid; see errors.",
                            "/unknownField", "unknown-field", "This field is not part of the request body."),
                            generic(422, "validation-failed", "Some fields are not valid; see errors.", "/someField",
                                    "invalid-type", "This field has the wrong type or format."),
                            generic(422, "validation-failed", "Some fields are not valid; see errors.", "/someField",
                                    SoundText.CODE, SoundText.MESSAGE)));
        }
        if (!body && (post || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH)) {
            merge(components, responses, "415", "This operation takes no request body; send none.",
                    List.of(kind(415)));
        }
        if (post) {
            operation.addParameter(OASFactory.createParameter().ref("IdempotencyKey"));
            merge(components, responses, "409", "A request with the same `Idempotency-Key` is still running; retry "
                    + "once it completed.",
                    List.of(generic(409, "idempotency-key-in-use", "A request with this "
                            + "Idempotency-Key is still being processed. Retry after it completes.", null, null,
                            null)));
            merge(components, responses, "422", "The `Idempotency-Key` was already used for another request.",
                    List.of(generic(422, "validation-failed", "Some fields are not valid; see errors.",
                            "Idempotency-Key", "idempotency-key-reused",
                            "This Idempotency-Key was already used for a different request. Use a new key.")));
            for (var entry : responses.getAPIResponses().entrySet()) {
                if (entry.getKey().startsWith("2") && entry.getValue().getRef() == null) {
                    entry.getValue().addHeader("Idempotent-Replayed", OASFactory.createHeader()
                            .description("`true` when this is the stored answer to an earlier request with the "
                                    + "same `Idempotency-Key`; absent on a first answer.")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                    .enumeration(List.of("true"))));
                }
            }
        }
        merge(components, responses, "429", "Too many requests: one of the rate-limit budgets in "
                + "`RateLimit-Policy` is used up. Wait the seconds in `Retry-After`; `RateLimit` shows what is left.",
                List.of(generic(429, RateLimitProblem.RATE_LIMITED.code(), RateLimitProblem.RATE_LIMITED.detail(),
                        null, null, null)));
        APIResponse tooMany = responses.getAPIResponse("429");
        if (tooMany.getHeaders() == null || !tooMany.getHeaders().containsKey("Retry-After")) {
            tooMany.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Whole seconds to wait before trying again, at least 1.")
                    .required(true)
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(
                            java.math.BigDecimal.ONE))
                    .example(1));
        }
        notModified(responses);
        // Faults are not an outcome a client can provoke or switch on: one default response stands for every 5xx.
        responses.removeAPIResponse("500");
        responses.setDefaultValue(OASFactory.createAPIResponse().ref("InternalError"));
        for (APIResponse response : responses.getAPIResponses().values()) {
            if (response.getRef() == null) {
                response.addHeader("X-Request-Id", OASFactory.createHeader().ref(REQUEST_ID_HEADER));
                rateLimitHeaders(response);
                problemLanguageHeaders(response);
            }
        }
    }

    /** A problem's texts are in the caller's language; the answer says which, and that it varies by it. */
    private static void problemLanguageHeaders(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaType(ProblemResponses.MEDIA_TYPE) == null) {
            return;
        }
        if (response.getHeaders() == null || !response.getHeaders().containsKey(ProblemResponses.CONTENT_LANGUAGE)) {
            response.addHeader(ProblemResponses.CONTENT_LANGUAGE,
                    OASFactory.createHeader().ref(PROBLEM_CONTENT_LANGUAGE_HEADER));
        }
        if (response.getHeaders() == null || !response.getHeaders().containsKey(ProblemResponses.VARY)) {
            response.addHeader(ProblemResponses.VARY, OASFactory.createHeader().ref(PROBLEM_VARY_HEADER));
        }
    }

    /** Every answer the API's routes give says which rate-limit budgets it counted against and what is left. */
    private static void rateLimitHeaders(APIResponse response) {
        response.addHeader("RateLimit-Policy", OASFactory.createHeader().ref(RATE_LIMIT_POLICY_HEADER));
        response.addHeader("RateLimit", OASFactory.createHeader().ref(RATE_LIMIT_HEADER));
    }

    private static String firstQueryParameter(Operation operation) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream().filter(parameter -> parameter.getIn() == Parameter.In.QUERY)
                .map(Parameter::getName).findFirst().orElse(null);
    }

    private static boolean queryParameter(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.QUERY && name.equals(parameter.getName()));
    }

    /**
     * A 304 carries the headers its 200 would have carried (ETag, Content-Language, Vary, Cache-Control; RFC 9110
     * §15.4.5), so an operation documents them once, on its 200.
     */
    private static void notModified(APIResponses responses) {
        APIResponse notModified = responses.getAPIResponse("304");
        APIResponse ok = responses.getAPIResponse("200");
        if (notModified == null || ok == null || ok.getHeaders() == null) {
            return;
        }
        ok.getHeaders().forEach((name, header) -> {
            if (notModified.getHeaders() == null || !notModified.getHeaders().containsKey(name)) {
                notModified.addHeader(name, header);
            }
        });
    }

    /** Ids in paths are UUIDs; saying so lets generated clients type them and lets callers see a typo early. */
    private static void identifier(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH && parameter.getName() != null
                && parameter.getName().endsWith("Id") && parameter.getSchema() != null
                && parameter.getSchema().getFormat() == null) {
            parameter.getSchema().format("uuid");
        }
    }

    /**
     * Adds generic problems to an operation's own response for the status, keeping the operation's description and
     * codes: a referenced response is copied into the operation first, so other operations keep theirs unchanged.
     */
    private static void merge(Components components, APIResponses responses, String status, String description,
            List<Map<String, Object>> problems) {
        APIResponse own = responses.getAPIResponse(status);
        APIResponse target;
        if (own == null) {
            target = OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(ProblemResponses.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        } else {
            APIResponse source = own;
            if (own.getRef() != null) {
                String name = own.getRef().substring(own.getRef().lastIndexOf('/') + 1);
                source = components.getResponses().get(name);
                if (source == null) {
                    throw new IllegalStateException("No component response named " + name);
                }
            }
            target = copy(source);
            target.description(source.getDescription() + " Also: " + lowerFirst(description));
        }
        var media = target.getContent().getMediaType(ProblemResponses.MEDIA_TYPE);
        if (media == null) {
            media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
            target.getContent().addMediaType(ProblemResponses.MEDIA_TYPE, media);
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        if (media.getExamples() != null) {
            media.getExamples().values().forEach(example -> {
                if (example.getValue() instanceof Map<?, ?> value && value.get("code") != null) {
                    codes.add(value.get("code").toString());
                }
            });
        }
        for (Map<String, Object> problem : problems) {
            String code = problem.get("code").toString();
            @SuppressWarnings("unchecked")
            var errors = (List<Map<String, Object>>) problem.get("errors");
            String errorCode = errors == null ? null : errors.get(0).get("code").toString();
            boolean known = codes.contains(code) && (errorCode == null || media.getExamples().values().stream()
                    .anyMatch(example -> String.valueOf(example.getValue()).contains(errorCode)));
            if (!known) {
                String name = camel(errorCode == null ? code : errorCode);
                while (media.getExamples() != null && media.getExamples().containsKey(name)) {
                    name = name + "Shared"; // never replace an operation's own example of the same name
                }
                media.addExample(name, OASFactory.createExample().value(problem));
            }
        }
        responses.addAPIResponse(status, target);
    }

    private static APIResponse copy(APIResponse source) {
        APIResponse copy = OASFactory.createAPIResponse().description(source.getDescription());
        if (source.getHeaders() != null) {
            copy.setHeaders(new LinkedHashMap<>(source.getHeaders()));
        }
        var content = OASFactory.createContent();
        if (source.getContent() != null && source.getContent().getMediaTypes() != null) {
            source.getContent().getMediaTypes().forEach((type, media) -> {
                var mediaCopy = OASFactory.createMediaType().schema(media.getSchema());
                if (media.getExamples() != null) {
                    mediaCopy.setExamples(new LinkedHashMap<>(media.getExamples()));
                }
                content.addMediaType(type, mediaCopy);
            });
        }
        return copy.content(content);
    }

    private static Map<String, Object> kind(int status) {
        var kind = StatusKinds.of(status);
        return generic(status, kind.code(), kind.detail(), null, null, null);
    }

    private static Map<String, Object> generic(int status, String code, String detail, String field, String fieldCode,
            String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://kintsugi.app/problems/" + code);
        body.put("title", Problems.title(status));
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code);
        body.put("requestId", "3f1c9a4e-6a53-4c1b-9d7e-2b8f0c55e0a1");
        if (field != null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", field);
            error.put("code", fieldCode);
            error.put("message", message);
            body.put("errors", List.of(error));
        }
        return body;
    }

    private static String camel(String code) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : code.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
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
            int status = spec.status();
            // A field error in a 400 names a query parameter; the API answers those as invalid-parameter.
            boolean parameter = status == 400 && example.field() != null;
            String code = parameter ? "invalid-parameter" : example.code();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "https://kintsugi.app/problems/" + code);
            body.put("title", Problems.title(status));
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
