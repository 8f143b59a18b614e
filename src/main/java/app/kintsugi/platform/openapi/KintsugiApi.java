package app.kintsugi.platform.openapi;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's description in the OpenAPI document: what it is, who to ask, and the tags operations are grouped by. */
@OpenAPIDefinition(info = @Info(title = "Kintsugi API", version = "1", description = """
        The backend for programs in which two partners rebuild trust and closeness after a breach: exercises, a trust
        journal, commitments, agreements and progress, with a counselor only when both partners agree.

        **Conventions.** All paths start with `/v1`. Errors are RFC 9457 `application/problem+json` with a stable
        `code` and, for invalid fields, an `errors` list. Lists are cursor-paged (`limit`, `cursor`, answered as
        `{items, nextCursor}`); unknown query parameters answer 400. Changes need `If-Match` with the last `ETag`.
        POST requests accept an `Idempotency-Key` and replay the first answer on retry. Every response carries
        `X-Request-Id`. Times are RFC 3339 instants in UTC (`...At`); local dates (`...On`) are in the couple's time
        zone.""", contact = @Contact(name = "Kintsugi API team", email = "api@kintsugi.app", url = "https://kintsugi.app/developers"), license = @License(name = "Proprietary", url = "https://kintsugi.app/terms")), servers = {
        @Server(url = "/", description = "This deployment"),
        @Server(url = "http://localhost:8080", description = "Local dev mode (`./mvnw quarkus:dev`)")}, tags = {
                @Tag(name = "Profile", description = "The signed-in person."),
                @Tag(name = "Couples", description = "A couple's shared space and what either partner can do alone: pause, resume, leave, stop sharing."),
                @Tag(name = "Invitations", description = "How the second partner joins: a single-use code and explicit consent."),
                @Tag(name = "Counselor access", description = "A counselor sees a couple only with both partners' consent, within the scopes both allowed; every read is logged for the partners."),
                @Tag(name = "Exercise catalogue", description = "Exercises and reflection prompts, curated by admins, versioned, in the reader's language (`Accept-Language`, then the profile locale, then English), cheap to cache (`ETag`, `If-None-Match`)."),
                @Tag(name = "Translations", description = "Admins translate exercise versions, prompt sets and support resources (drafts, review, publication; stale when the source changes), and follow what each language still lacks."),
                @Tag(name = "Practice", description = "Practice runs (one exercise for some days), timed sessions with turns, each partner's private feedback, touch choices and recommendations."),
                @Tag(name = "Repair letters", description = "Longer letters that acknowledge a hurt and say what will change: private drafts, shared for good, marked read aloud together. Stored encrypted; never shown to counselors."),
                @Tag(name = "Trust journal", description = "One or two lines a day, each entry private, for the partner, or revealed at the end of the week; read together weekly."),
                @Tag(name = "Commitments", description = "Promises on the couple's colour-coded calendar: occurrences kept, partly kept or missed, acknowledged by the partner; secret calendar feeds; conversation notes."),
                @Tag(name = "Trust me jar", description = "Slips of small trust-building acts both partners add; each partner draws one a day and marks it done."),
                @Tag(name = "Agreements", description = "Boundary and honesty agreements in versions both partners accept, with review dates, reopening and concerns met by a conversation."),
                @Tag(name = "Progress", description = "Pulse check-ins and the trust tracker: hearts on days both partners acted, streaks, kept rates, trends and milestones; never a grade."),
                @Tag(name = "Data rights", description = "A person's own data: an export to download, and erasure in one call."),
                @Tag(name = "Operations", description = "What operators and admins run: master key rotation."),
                @Tag(name = "Reference data", description = "Values other operations accept.")})
public class KintsugiApi extends Application {
}
