package app.kintsugi.platform.http;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.kintsugi.platform.problem.Problems;

/** RFC 7396 JSON Merge Patch, applied to the JSON form of a resource's editable fields. */
public final class MergePatch {

    /** The media type PATCH operations consume. */
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {
    }

    /**
     * Applies {@code patch} onto a copy of {@code target}. The patch must be a JSON object (a merge patch of any other
     * type would replace the whole resource, which no resource of this API allows).
     */
    public static ObjectNode apply(ObjectNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw Problems.validation("", "not-an-object", "A merge patch must be a JSON object.");
        }
        ObjectNode result = target.deepCopy();
        merge(result, (ObjectNode) patch);
        return result;
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode nested) {
                merge(nested, (ObjectNode) value);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }
}
