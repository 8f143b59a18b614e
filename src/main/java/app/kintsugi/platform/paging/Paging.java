package app.kintsugi.platform.paging;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.kintsugi.platform.KintsugiConfig;
import app.kintsugi.platform.problem.Problems;

/**
 * Cursor pagination for every list of the API.
 *
 * <p>
 * A cursor is {@code base64url(payload).base64url(HMAC-SHA256(payload))}; the payload names the list it belongs to and
 * the sort key of the last item served. The signature makes it tamper-proof (a client cannot steer the query with a
 * forged key) and the list name keeps a cursor from one list out of another. Cursors never expire: a keyset position
 * stays meaningful as rows come and go.
 */
@ApplicationScoped
public class Paging {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final List<SecretKeySpec> previousKeys;
    private final ObjectMapper mapper;

    @Inject
    Paging(KintsugiConfig config, ObjectMapper mapper) {
        this(config.paging().cursorSecret(), config.paging().previousCursorSecrets().orElse(List.of()), mapper);
    }

    /** Signs with {@code secret}; also accepts cursors signed with any of {@code previousSecrets}. */
    Paging(String secret, List<String> previousSecrets, ObjectMapper mapper) {
        this.key = key(secret);
        this.previousKeys = previousSecrets.stream().map(Paging::key).toList();
        this.mapper = mapper;
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /**
     * Validates the raw query values of a list request.
     *
     * @param list
     *            stable name of the list (and of any filter that changes its order), bound into the cursor
     */
    public PageRequest request(String list, String limit, String cursor) {
        return new PageRequest(parseLimit(limit), Optional.ofNullable(cursor).map(c -> decode(list, c)));
    }

    /**
     * Builds the page from rows fetched with {@link PageRequest#fetchSize()}: when the extra row came back, a cursor
     * pointing after the last row served is attached.
     */
    public <T> Page<T> page(String list, PageRequest request, List<T> fetched, Function<T, List<String>> sortKey) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(List.copyOf(fetched), null);
        }
        List<T> items = List.copyOf(fetched.subList(0, request.limit()));
        return new Page<>(items, encode(list, sortKey.apply(items.get(items.size() - 1))));
    }

    String encode(String list, List<String> after) {
        try {
            byte[] payload = mapper.writeValueAsBytes(new CursorPayload(list, after));
            return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A cursor payload could not be written", e);
        }
    }

    List<String> decode(String list, String cursor) {
        int dot = cursor.indexOf('.');
        if (dot <= 0 || cursor.length() > 2048) {
            throw invalidCursor();
        }
        try {
            byte[] payload = DECODER.decode(cursor.substring(0, dot));
            byte[] signature = DECODER.decode(cursor.substring(dot + 1));
            if (!signedByUs(payload, signature)) {
                throw invalidCursor();
            }
            CursorPayload decoded = mapper.readValue(payload, new TypeReference<>() {
            });
            if (!list.equals(decoded.list()) || decoded.after() == null) {
                throw invalidCursor();
            }
            return new ArrayList<>(decoded.after());
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalidCursor();
        }
    }

    private static int parseLimit(String limit) {
        if (limit == null) {
            return PageRequest.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= PageRequest.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below like any other out-of-range value
        }
        throw Problems.invalidParameter("limit", "out-of-range",
                "limit must be a whole number from 1 to " + PageRequest.MAX_LIMIT + ".");
    }

    /** Signed with the current secret, or with one it replaced (a cursor handed out before a rotation). */
    private boolean signedByUs(byte[] payload, byte[] signature) {
        if (MessageDigest.isEqual(signature, sign(payload, key))) {
            return true;
        }
        return previousKeys.stream().anyMatch(previous -> MessageDigest.isEqual(signature, sign(payload, previous)));
    }

    private byte[] sign(byte[] payload) {
        return sign(payload, key);
    }

    private static byte[] sign(byte[] payload, SecretKeySpec with) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(with);
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    private static RuntimeException invalidCursor() {
        return Problems.invalidParameter("cursor", "invalid-cursor",
                "cursor must be a nextCursor value this list returned, unchanged.");
    }

    record CursorPayload(String list, List<String> after) {
    }
}
