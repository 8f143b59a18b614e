package app.kintsugi.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Strict validation of one rendered manifest: a built-in kind against the Kubernetes API model (fabric8's classes,
 * generated from the API's OpenAPI schema), a custom resource against the JSON schema kept in
 * {@code deploy/kubernetes/schemas/}; any other kind fails. fabric8's classes keep fields they do not know in
 * {@code additionalProperties} instead of failing, so every object read is walked and any such field reported: that is
 * what makes a misspelled field fail, as {@code kubectl apply --validate=strict} would. Scalars are not coerced (a
 * string where the API wants a number fails, and the other way round), and every quantity must parse.
 */
final class ManifestChecks {

    static final Path SCHEMAS = Path.of("deploy/kubernetes/schemas");

    private static final Map<String, Class<?>> BUILT_IN = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "apps/v1/Deployment", Deployment.class,
            "batch/v1/Job", Job.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    private static final ObjectMapper STRICT = strictMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(Dialects.getDraft202012());

    private ManifestChecks() {
    }

    /** Problems of one document against its API schema; empty when it is valid. */
    static List<String> validate(ObjectNode doc) {
        String type = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
        String where = type + " " + doc.path("metadata").path("name").asText();
        List<String> problems = new ArrayList<>();
        Class<?> model = BUILT_IN.get(type);
        if (model != null) {
            try {
                Object typed = STRICT.treeToValue(doc, model);
                walk(typed, "", problems);
            } catch (IOException e) {
                problems.add(e.getMessage().lines().findFirst().orElse(e.toString()));
            }
        } else {
            Path file = SCHEMAS.resolve(type.replace('/', '_') + ".json");
            if (!Files.exists(file)) {
                problems.add(
                        "no schema for " + type + " (neither a built-in kind checked here nor a file " + file + ")");
            } else {
                for (com.networknt.schema.Error error : schema(file).validate(doc)) {
                    problems.add(error.toString());
                }
            }
        }
        return problems.stream().map(p -> where + ": " + p).toList();
    }

    private static Schema schema(Path file) {
        try {
            return REGISTRY.getSchema(SchemaLocation.of(file.toAbsolutePath().toUri().toString()),
                    Kustomize.YAML.readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** Reports every unknown field kept in additionalProperties, and every quantity that does not parse. */
    private static void walk(Object value, String path, List<String> problems) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, problems));
            return;
        }
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                walk(item, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        if (value instanceof Quantity quantity) {
            try {
                quantity.getNumericalAmount();
            } catch (RuntimeException e) {
                problems.add(path + ": not a quantity: " + quantity);
            }
            return;
        }
        for (Class<?> c = value.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object child;
                try {
                    child = field.get(value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if ("additionalProperties".equals(field.getName()) && child instanceof Map<?, ?> extra) {
                    extra.keySet().forEach(k -> problems.add("unknown field " + path + "." + k));
                } else {
                    walk(child, path + "." + field.getName(), problems);
                }
            }
        }
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .build();
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean)) {
            for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean, CoercionInputShape.String)) {
                boolean same = switch (type) {
                    case Textual -> shape == CoercionInputShape.String;
                    case Integer -> shape == CoercionInputShape.Integer;
                    case Float -> shape == CoercionInputShape.Float || shape == CoercionInputShape.Integer;
                    case Boolean -> shape == CoercionInputShape.Boolean;
                    default -> false;
                };
                if (!same) {
                    mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        return mapper;
    }
}
