package app.kintsugi.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.kintsugi.platform.KintsugiConfig;
import app.kintsugi.platform.crypto.IntimateText;

/**
 * The {@code idempotency_record} table: one stored answer per caller and key, replayable until it expires.
 *
 * <p>
 * Stored bodies are the API's own answers. Once intimate text exists, it must be stored here only in the encrypted form
 * the privacy issue defines, like everywhere else.
 */
@ApplicationScoped
class IdempotencyStore {

    /** Response headers worth replaying: where the created thing lives, its version and its media type. */
    private static final String[] REPLAYED_HEADERS = {HttpHeaders.LOCATION, HttpHeaders.ETAG,
            HttpHeaders.CONTENT_TYPE};

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final KintsugiConfig config;
    private final IntimateText intimate;

    IdempotencyStore(EntityManager em, ObjectMapper mapper, KintsugiConfig config, IntimateText intimate) {
        this.intimate = intimate;
        this.em = em;
        this.mapper = mapper;
        this.config = config;
    }

    record Scope(String caller, String key) {
    }

    record Stored(String fingerprint, int status, Map<String, String> headers, byte[] body) {

        Response replay() {
            var builder = Response.status(status).header("Idempotent-Replayed", "true");
            headers.forEach(builder::header);
            if (body != null) {
                builder.entity(body);
            }
            return builder.build();
        }
    }

    String fingerprint(String method, String uri, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + ' ' + uri + '\n').getBytes(StandardCharsets.UTF_8));
            digest.update(mapper.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("A request fingerprint could not be computed", e);
        }
    }

    /** Transaction-scoped advisory lock on the caller's key: released by the commit or rollback, never leaked. */
    boolean tryLock(Scope scope) {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(:lock, 0))")
                .setParameter("lock", "idempotency\n" + scope.caller() + "\n" + scope.key())
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    Optional<Stored> find(Scope scope) {
        var rows = em.createNativeQuery("""
                select fingerprint, response_status, response_headers, response_body
                from idempotency_record
                where caller = :caller and idempotency_key = :key and expires_at > now()
                """, Object[].class)
                .setParameter("caller", scope.caller())
                .setParameter("key", scope.key())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Stored((String) row[0], ((Number) row[1]).intValue(), readHeaders((String) row[2]),
                intimate.openAnswer(scope.caller(), (byte[]) row[3])));
    }

    void save(Scope scope, String fingerprint, Response response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        if (response.hasEntity() && !headers.containsKey(HttpHeaders.CONTENT_TYPE)) {
            headers.put(HttpHeaders.CONTENT_TYPE, "application/json");
        }
        try {
            // Answers may hold intimate text (a letter, a note): they are stored sealed like the text itself.
            byte[] body = response.hasEntity()
                    ? intimate.sealAnswer(scope.caller(), mapper.writeValueAsBytes(response.getEntity()))
                    : null;
            Instant now = Instant.now();
            // An expired record with the same key is replaced: after the retention a key may be used afresh.
            em.createNativeQuery("""
                    insert into idempotency_record
                        (caller, idempotency_key, fingerprint, response_status, response_headers, response_body,
                         created_at, expires_at)
                    values (:caller, :key, :fingerprint, :status, cast(:headers as jsonb), :body, :now, :expires)
                    on conflict (caller, idempotency_key) do update set
                        fingerprint = excluded.fingerprint, response_status = excluded.response_status,
                        response_headers = excluded.response_headers, response_body = excluded.response_body,
                        created_at = excluded.created_at, expires_at = excluded.expires_at
                    where idempotency_record.expires_at <= now()
                    """)
                    .setParameter("caller", scope.caller())
                    .setParameter("key", scope.key())
                    .setParameter("fingerprint", fingerprint)
                    .setParameter("status", response.getStatus())
                    .setParameter("headers", mapper.writeValueAsString(headers))
                    .setParameter("body", body)
                    .setParameter("now", now)
                    .setParameter("expires", now.plus(config.idempotency().retention()))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An idempotent answer could not be stored", e);
        }
    }

    /** Deletes expired records; safe to run on every replica at once. */
    @Transactional
    int purgeExpired(int batch) {
        return em.createNativeQuery("""
                delete from idempotency_record where ctid in (
                    select ctid from idempotency_record where expires_at <= now() limit :batch
                    for update skip locked)
                """)
                .setParameter("batch", batch)
                .executeUpdate();
    }

    private Map<String, String> readHeaders(String json) {
        try {
            return mapper.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored idempotent answer is unreadable", e);
        }
    }
}
