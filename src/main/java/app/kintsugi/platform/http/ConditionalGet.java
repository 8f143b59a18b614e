package app.kintsugi.platform.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Cheap revalidation of read-mostly representations (the catalogue): the entity tag is a digest of the JSON answered,
 * so any change of content, language or visibility changes it, and a client sending it back in {@code If-None-Match}
 * gets {@code 304 Not Modified} without a body.
 */
public final class ConditionalGet {

    private ConditionalGet() {
    }

    /**
     * The answer to a GET: 304 when {@code ifNoneMatch} names the current tag (or is {@code *}), 200 with the entity
     * otherwise; both carry the tag and say that they vary by language and caller.
     */
    public static Response answer(ObjectMapper mapper, String ifNoneMatch, Object entity, String language) {
        EntityTag tag = digest(mapper, entity);
        Response.ResponseBuilder builder = matches(ifNoneMatch, tag)
                ? Response.notModified(tag)
                : Response.ok(entity).tag(tag);
        return builder.header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, "Accept-Language, Authorization")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }

    /**
     * As {@link #answer} for a representation already written as JSON in {@code language}, which is answered as it is:
     * 304 or 200 with the tag, the language, varying by language and caller; the tag differs per language, as the JSON
     * does.
     */
    public static Response answerJson(String ifNoneMatch, String json, String language) {
        EntityTag tag = digest(json.getBytes(StandardCharsets.UTF_8));
        Response.ResponseBuilder builder = matches(ifNoneMatch, tag)
                ? Response.notModified(tag)
                : Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(tag);
        return builder.header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, "Accept-Language, Authorization")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }

    static EntityTag digest(ObjectMapper mapper, Object entity) {
        try {
            return digest(mapper.writeValueAsBytes(entity));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The entity tag of a representation could not be computed", e);
        }
    }

    private static EntityTag digest(byte[] representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation);
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** If-None-Match compares weakly (RFC 9110 §13.1.2): W/ prefixes are ignored. */
    public static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String wanted = '"' + tag.getValue() + '"';
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("*") || value.equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
