package app.kintsugi.platform.paging;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A Panache query for a newest-first list keyed by an instant and a UUID id, the shape most lists of this API have. The
 * cursor carries both values of the last row served, so rows with equal instants are neither skipped nor repeated.
 *
 * @param query
 *            JPQL after {@code from Entity where}, ending in the ordering
 * @param params
 *            named parameters of the filter plus the keyset position
 */
public record Keyset(String query, Map<String, Object> params) {

    /**
     * @param filter
     *            JPQL condition selecting the list, with named parameters only
     * @param timeField
     *            the entity's instant field the list is sorted by, newest first
     */
    public static Keyset newestFirst(String filter, Map<String, Object> filterParams, String timeField,
            PageRequest request) {
        Map<String, Object> params = new HashMap<>(filterParams);
        // An aliased time field (g.createdAt) means an aliased query: qualify the id the same way.
        String idField = timeField.contains(".") ? timeField.substring(0, timeField.indexOf('.') + 1) + "id" : "id";
        StringBuilder query = new StringBuilder("(").append(filter).append(')');
        if (request.after().isPresent()) {
            query.append(" and (").append(timeField).append(" < :keysetAt or (").append(timeField)
                    .append(" = :keysetAt and ").append(idField).append(" < :keysetId))");
            params.put("keysetAt", Instant.parse(request.after().get().get(0)));
            params.put("keysetId", UUID.fromString(request.after().get().get(1)));
        }
        query.append(" order by ").append(timeField).append(" desc, ").append(idField).append(" desc");
        return new Keyset(query.toString(), params);
    }

    /** The cursor key of a row: its instant and id. */
    public static List<String> key(Instant at, UUID id) {
        return List.of(at.toString(), id.toString());
    }
}
