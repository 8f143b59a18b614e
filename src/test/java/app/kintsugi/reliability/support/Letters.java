package app.kintsugi.reliability.support;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The write the scenarios load the API with: a repair letter draft, which has no per-couple or per-day limit, in a
 * couple of one (still forming, which holds drafts). The letter's title is its {@code Idempotency-Key}, so that the
 * author's list shows every key that was written, and how often.
 */
public final class Letters {

    /** One writer: a person with a token and a forming couple of their own. */
    public record Writer(String subject, String token, String coupleId) {

        public URI letters(App app) {
            return app.uri("/v1/couples/" + coupleId + "/letters");
        }
    }

    /** A letter in the author's list: its id and title. */
    public record Listed(String id, String title) {
    }

    private Letters() {
    }

    public static Writer writer(Http http, App app, IdentityProvider identity, String name) {
        String subject = name + "-" + UUID.randomUUID();
        String token = identity.token(subject);
        Http.Answer couple = http.post(app.uri("/v1/couples"), token,
                Http.json(Map.of("timeZone", "Europe/Lisbon")), UUID.randomUUID().toString());
        if (couple.status() != 201) {
            throw new IllegalStateException("couple not created: " + couple.outcome() + " " + couple.body());
        }
        return new Writer(subject, token, couple.json().path("id").asText());
    }

    public static String body(String key) {
        return Http.json(Map.of("title", key, "body", "A letter written by the reliability suite, key " + key + "."));
    }

    /** Every letter the writer can read, walking every page. */
    public static List<Listed> all(Http http, App app, Writer writer) {
        List<Listed> letters = new ArrayList<>();
        String cursor = null;
        do {
            String query = "?limit=100" + (cursor == null
                    ? ""
                    : "&cursor="
                            + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            Http.Answer page = http.get(URI.create(writer.letters(app) + query), writer.token());
            if (page.status() != 200) {
                throw new IllegalStateException("letter list answered " + page.outcome() + " " + page.body());
            }
            JsonNode json = page.json();
            json.path("items").forEach(item -> letters.add(new Listed(item.path("id").asText(),
                    item.path("title").asText())));
            cursor = json.path("nextCursor").isTextual() ? json.path("nextCursor").asText() : null;
        } while (cursor != null);
        return letters;
    }
}
