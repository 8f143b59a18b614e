package app.kintsugi.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

/**
 * Native SQL for the data rights. Export and erasure read and change every feature's tables, whose entities and
 * services are private to their features; plain SQL on the published schema is the narrowest way in.
 */
final class Sql {

    private Sql() {
    }

    static List<Tuple> rows(EntityManager em, String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql, Tuple.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows;
    }

    static int update(EntityManager em, String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query.executeUpdate();
    }

    static Instant instant(Object value) {
        return app.kintsugi.platform.Timestamps.instant(value);
    }

    /** An instant as RFC 3339 text, or null. */
    static String at(Object value) {
        Instant instant = instant(value);
        return instant == null ? null : instant.toString();
    }

    /** A date as ISO text, or null. */
    static String on(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        return ((LocalDate) value).toString();
    }

    static UUID uuid(Object value) {
        return value == null ? null : (UUID) value;
    }

    static int number(Object value) {
        return ((Number) value).intValue();
    }

    /** An array column read as {@code array_to_string(column, ',')}: its elements, or null for a null array. */
    static List<String> list(Object joined) {
        if (joined == null) {
            return null;
        }
        String text = joined.toString();
        return text.isEmpty() ? List.of() : List.of(text.split(","));
    }
}
