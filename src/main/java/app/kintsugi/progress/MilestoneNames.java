package app.kintsugi.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Names the milestones of a progress summary written as JSON, in the reader's language, as it is answered. A summary is
 * computed and kept without names (one kept summary serves every language its reader asks in), so a name is never
 * stored and a changed wording reaches every summary at once.
 */
final class MilestoneNames {

    private MilestoneNames() {
    }

    /** The summary with each milestone's {@code title} in {@code language}, placed after its key. */
    static String name(ObjectMapper mapper, String summary, String language) {
        try {
            JsonNode root = mapper.readTree(summary);
            if (root.get("milestones") instanceof ArrayNode milestones && !milestones.isEmpty()) {
                for (int i = 0; i < milestones.size(); i++) {
                    JsonNode milestone = milestones.get(i);
                    MilestoneKey key = MilestoneKey.of(milestone.get("key").asText());
                    ObjectNode named = mapper.createObjectNode();
                    named.set("key", milestone.get("key"));
                    named.put("title", key.title(language).text());
                    milestone.fields().forEachRemaining(field -> {
                        if (!field.getKey().equals("key") && !field.getKey().equals("title")) {
                            named.set(field.getKey(), field.getValue());
                        }
                    });
                    milestones.set(i, named);
                }
                return mapper.writeValueAsString(root);
            }
            return summary;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A progress summary could not be read back", e);
        }
    }
}
