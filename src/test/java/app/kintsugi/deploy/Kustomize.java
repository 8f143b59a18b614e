package app.kintsugi.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import app.kintsugi.platform.http.MergePatch;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the subset of Kustomize our manifests use, so
 * that {@code ./mvnw verify} needs no Kubernetes binary: {@code resources} (files and directories holding a
 * kustomization), {@code namespace}, {@code images} ({@code name}, {@code newName}, {@code newTag}) and {@code patches}
 * aimed by {@code target.kind} and {@code target.name}, given inline or by {@code path}, each either a JSON patch (RFC
 * 6902: add, replace, remove) or a merge patch (RFC 7386). Kustomize applies a patch object to a built-in kind as a
 * strategic merge, which differs from a merge patch only for lists: a merge patch holding a list is refused here, so
 * the two always agree. Any other field of a kustomization is refused, so the subset cannot grow unnoticed.
 * ManifestValidationTest compares the result with {@code kubectl kustomize} where that binary exists.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "namespace", "images",
            "patches");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "StorageClass", "PersistentVolume", "PriorityClass");

    private Kustomize() {
    }

    /** The documents of the kustomization in {@code dir}, rendered. */
    static List<ObjectNode> render(Path dir) {
        ObjectNode k = (ObjectNode) single(dir.resolve("kustomization.yaml"));
        k.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException(dir + "/kustomization.yaml: field '" + field
                        + "' is outside the Kustomize subset this test renders (" + FIELDS + ")");
            }
        });
        require(dir, "kustomize.config.k8s.io/v1beta1".equals(k.path("apiVersion").asText()), "apiVersion");
        require(dir, "Kustomization".equals(k.path("kind").asText()), "kind");
        List<ObjectNode> docs = new ArrayList<>();
        for (JsonNode resource : k.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            docs.addAll(Files.isDirectory(path) ? render(path) : read(path));
        }
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, docs, patch);
        }
        for (JsonNode image : k.path("images")) {
            onlyFields(dir, image, "images[]", "name", "newName", "newTag");
            docs.forEach(doc -> retag(doc, image));
        }
        if (k.hasNonNull("namespace")) {
            for (ObjectNode doc : docs) {
                if (!CLUSTER_SCOPED.contains(doc.path("kind").asText())) {
                    ((ObjectNode) doc.get("metadata")).put("namespace", k.get("namespace").asText());
                }
            }
        }
        return docs;
    }

    /** Every YAML document of a file, empty ones skipped. */
    static List<ObjectNode> read(Path file) {
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(Files.readString(file))) {
            List<ObjectNode> docs = new ArrayList<>();
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc == null || doc.isNull() || doc.isMissingNode() || doc.isEmpty()) {
                    continue;
                }
                if (!doc.isObject()) {
                    throw new IllegalArgumentException(file + ": a document that is not an object");
                }
                docs.add((ObjectNode) doc);
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static JsonNode single(Path file) {
        try {
            return YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static void applyPatch(Path dir, List<ObjectNode> docs, JsonNode entry) {
        onlyFields(dir, entry, "patches[]", "target", "patch", "path");
        onlyFields(dir, entry.path("target"), "patches[].target", "kind", "name");
        String kind = entry.path("target").path("kind").asText();
        String name = entry.path("target").path("name").asText();
        require(dir, !kind.isEmpty() && !name.isEmpty(), "patches[].target needs kind and name");
        require(dir, entry.has("patch") ^ entry.has("path"), "patches[] needs exactly one of patch and path");
        JsonNode patch;
        try {
            patch = entry.has("patch")
                    ? YAML.readTree(entry.get("patch").asText())
                    : YAML.readTree(Files.readString(dir.resolve(entry.get("path").asText())));
        } catch (IOException e) {
            throw new UncheckedIOException(dir.toString(), e);
        }
        List<ObjectNode> targets = docs.stream().filter(d -> kind.equals(d.path("kind").asText())
                && name.equals(d.path("metadata").path("name").asText())).toList();
        require(dir, !targets.isEmpty(), "patch for " + kind + "/" + name + " matches nothing");
        for (ObjectNode target : targets) {
            if (patch.isArray()) {
                for (JsonNode op : patch) {
                    jsonPatch(dir, target, op);
                }
            } else {
                require(dir, !hasArray(patch), "merge patch for " + kind + "/" + name
                        + " holds a list (strategic merge would differ): write it as a JSON patch");
                ObjectNode merged = MergePatch.apply(target, patch);
                target.removeAll();
                target.setAll(merged);
            }
        }
    }

    private static void jsonPatch(Path dir, ObjectNode doc, JsonNode op) {
        onlyFields(dir, op, "JSON patch operation", "op", "path", "value");
        String path = op.path("path").asText();
        require(dir, path.startsWith("/"), "JSON patch path " + path);
        String[] tokens = path.substring(1).split("/", -1);
        JsonNode parent = doc;
        for (int i = 0; i < tokens.length - 1; i++) {
            parent = parent.isArray()
                    ? parent.path(Integer.parseInt(unescape(tokens[i])))
                    : parent.path(unescape(tokens[i]));
            require(dir, parent.isContainerNode(), "JSON patch path " + path + " does not exist");
        }
        String last = unescape(tokens[tokens.length - 1]);
        String kind = op.path("op").asText();
        if (parent instanceof ObjectNode object) {
            switch (kind) {
                case "add" -> object.set(last, op.get("value"));
                case "replace" -> {
                    require(dir, object.has(last), "replace at missing " + path);
                    object.set(last, op.get("value"));
                }
                case "remove" -> {
                    require(dir, object.has(last), "remove at missing " + path);
                    object.remove(last);
                }
                default -> throw new IllegalArgumentException(dir + ": JSON patch op " + kind + " not supported");
            }
        } else {
            ArrayNode array = (ArrayNode) parent;
            int index = "-".equals(last) ? array.size() : Integer.parseInt(last);
            switch (kind) {
                case "add" -> array.insert(index, op.get("value"));
                case "replace" -> {
                    require(dir, index < array.size(), "replace at missing " + path);
                    array.set(index, op.get("value"));
                }
                case "remove" -> {
                    require(dir, index < array.size(), "remove at missing " + path);
                    array.remove(index);
                }
                default -> throw new IllegalArgumentException(dir + ": JSON patch op " + kind + " not supported");
            }
        }
    }

    private static void retag(JsonNode node, JsonNode image) {
        if (node instanceof ObjectNode object) {
            for (String list : List.of("containers", "initContainers")) {
                for (JsonNode container : object.path(list)) {
                    if (container instanceof ObjectNode c && c.has("image")) {
                        c.set("image", new TextNode(renamed(c.get("image").asText(), image)));
                    }
                }
            }
            object.elements().forEachRemaining(child -> retag(child, image));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> retag(child, image));
        }
    }

    private static String renamed(String reference, JsonNode image) {
        int slash = reference.lastIndexOf('/');
        int colon = reference.lastIndexOf(':');
        String name = colon > slash ? reference.substring(0, colon) : reference;
        String tag = colon > slash ? reference.substring(colon + 1) : null;
        if (!name.equals(image.path("name").asText())) {
            return reference;
        }
        String newName = image.hasNonNull("newName") ? image.get("newName").asText() : name;
        String newTag = image.hasNonNull("newTag") ? image.get("newTag").asText() : tag;
        return newTag == null ? newName : newName + ":" + newTag;
    }

    private static boolean hasArray(JsonNode node) {
        if (node.isArray()) {
            return true;
        }
        Iterator<JsonNode> children = node.elements();
        while (children.hasNext()) {
            if (hasArray(children.next())) {
                return true;
            }
        }
        return false;
    }

    private static void onlyFields(Path dir, JsonNode node, String where, String... allowed) {
        Set<String> names = Set.of(allowed);
        node.fieldNames().forEachRemaining(field -> require(dir, names.contains(field),
                where + ": field '" + field + "' is outside the supported subset " + names));
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    private static void require(Path dir, boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException(dir + "/kustomization.yaml: " + what);
        }
    }
}
