package app.kintsugi.helpline;

import java.util.List;
import java.util.Map;

import app.kintsugi.platform.openapi.ProblemCatalog;

/**
 * The support resources' part of the OpenAPI document: their examples and named problem responses, built from the
 * {@link HelplineProblem} their throw sites send.
 */
public final class HelplineContract {

    static final String SUPPORT_RESOURCE_NOT_FOUND = "SupportResourceNotFound";
    static final String SUPPORT_RESOURCE_RETIRED = "SupportResourceRetired";
    static final String INVALID_SUPPORT_RESOURCE = "InvalidSupportResource";
    static final String BAD_SUPPORT_QUERY = "BadSupportResourceQuery";
    static final String SUPPORT_TRANSLATION_NOT_FOUND = "SupportTranslationNotFound";
    static final String INVALID_SUPPORT_TRANSLATION = "InvalidSupportTranslation";
    static final String TRANSLATION_STATUS_CONFLICT = "SupportTranslationStatusConflict";

    private HelplineContract() {
    }

    /** Registers the directory's named problem responses; called once by {@code ProblemCatalog}. */
    public static void problems(Map<String, ProblemCatalog.Spec> specs) {
        specs.put(SUPPORT_RESOURCE_NOT_FOUND, new ProblemCatalog.Spec(404, "No support resource with this id, or it "
                + "was retired and the caller is not an admin.",
                List.of(ProblemCatalog.Example.of("notFound", "not-found",
                        "There is no support resource with this id."))));
        specs.put(SUPPORT_RESOURCE_RETIRED, new ProblemCatalog.Spec(409, "A retired resource is not edited.",
                List.of(ProblemCatalog.Example.of("retired", HelplineProblem.RESOURCE_RETIRED))));
        specs.put(INVALID_SUPPORT_RESOURCE, new ProblemCatalog.Spec(422, "A field is invalid; `errors` names each "
                + "one.",
                List.of(
                        ProblemCatalog.Example.field("missingName", "/name", "required", "name is required."),
                        ProblemCatalog.Example.field("badPhone", "/phone", "invalid-phone",
                                "A phone number is written as it is dialled: digits, spaces and +, ( ) or -."),
                        ProblemCatalog.Example.field("country", "/country", "unknown-country",
                                "country is an ISO 3166-1 alpha-2 code in upper case, such as PT, or ZZ for every country."),
                        ProblemCatalog.Example.field("language", "/language", "invalid-language",
                                "Use a BCP 47 language tag such as en or pt-BR."),
                        ProblemCatalog.Example.field("contact", "/phone", "contact-required",
                                "Give a phone number, a web address, or both."),
                        ProblemCatalog.Example.field("url", "/url", "invalid-url", "url is an absolute https address "
                                + "such as https://findahelpline.com, at most 500 characters."),
                        ProblemCatalog.Example.field("name", "/name", "blank", "A name cannot be empty."),
                        ProblemCatalog.Example.field("nameTooLong", "/name", "too-long",
                                "A name has at most 120 characters."),
                        ProblemCatalog.Example.field("lineBreakInName", "/name", "control-character",
                                "A name cannot contain control characters such as line breaks."))));
        specs.put(BAD_SUPPORT_QUERY, new ProblemCatalog.Spec(400, "A filter has a bad value, `limit` is out of "
                + "range, a `cursor` was not issued by this list, or a query parameter is unknown.",
                List.of(
                        ProblemCatalog.Example.field("country", "country", "unknown-country",
                                "country is an ISO 3166-1 alpha-2 code such as PT, or ZZ for international."),
                        ProblemCatalog.Example.field("language", "language", "invalid-language",
                                "language is a BCP 47 tag such as en or pt-BR."),
                        ProblemCatalog.Example.field("kind", "kind", "unknown-value", "kind is one of [crisisLine, "
                                + "hotline, textLine, counselingDirectory, supportGroup, website]."),
                        ProblemCatalog.Example.field("badLimit", "limit", "out-of-range",
                                "limit must be a whole number from 1 to 100."))));

        ProblemCatalog.Example noResource = ProblemCatalog.Example.of("noResource", "not-found",
                "There is no support resource with this id.");
        specs.put(SUPPORT_TRANSLATION_NOT_FOUND, new ProblemCatalog.Spec(404, "No support resource with this id, or "
                + "it has no translation in this language.",
                List.of(noResource, ProblemCatalog.Example.of("noTranslation", "not-found",
                        "This support resource has no translation in this language."))));
        specs.put(INVALID_SUPPORT_TRANSLATION, new ProblemCatalog.Spec(422, "The language cannot be translated "
                + "into (it is the resource's own, or not a tag such as `es` or `pt-BR`), or the description is "
                + "invalid; `errors` names each one.",
                List.of(ProblemCatalog.Example.field("sourceLanguage", "language", "source-language",
                        "This is the language the item is written in; edit the item itself instead."),
                        ProblemCatalog.Example.field("badTag", "language", "invalid-language",
                                "Use a BCP 47 tag of a language and an optional region, such as es or pt-BR."),
                        ProblemCatalog.Example.field("blank", "/description", "blank", "A description cannot be "
                                + "empty."),
                        ProblemCatalog.Example.field("tooLong", "/description", "too-long", "A description has at "
                                + "most 600 characters."),
                        ProblemCatalog.Example.field("control", "/description", "control-character", "A description "
                                + "cannot contain control characters other than line breaks and tabs."))));
        specs.put(TRANSLATION_STATUS_CONFLICT, new ProblemCatalog.Spec(409, "The translation is stale and cannot be "
                + "published (`translation-stale`), or the resource is retired (`resource-retired`).",
                List.of(ProblemCatalog.Example.of("stale", HelplineProblem.TRANSLATION_STALE),
                        ProblemCatalog.Example.of("retired", "resource-retired", RETIRED_TRANSLATIONS))));
    }

    /** What a write to a retired resource's translations is answered. */
    static final String RETIRED_TRANSLATIONS = "A retired resource's translations are not edited; add a new resource "
            + "if it is needed again.";

    // --- Examples ---

    static final String TRANSLATION_DRAFT = """
            {
              "description": "Un directorio de líneas de ayuda gratuitas y confidenciales en muchos países, con búsqueda por país y por tema, incluidas las relaciones de pareja, el maltrato y el malestar emocional."
            }""";

    static final String TRANSLATION = """
            {
              "language": "es",
              "description": "Un directorio de líneas de ayuda gratuitas y confidenciales en muchos países, con búsqueda por país y por tema, incluidas las relaciones de pareja, el maltrato y el malestar emocional.",
              "status": "draft",
              "stale": false,
              "updatedAt": "2026-12-04T18:30:00Z"
            }""";

    static final String TRANSLATION_PUBLISHED = """
            {
              "language": "es",
              "description": "Un directorio de líneas de ayuda gratuitas y confidenciales en muchos países, con búsqueda por país y por tema, incluidas las relaciones de pareja, el maltrato y el malestar emocional.",
              "status": "published",
              "stale": false,
              "updatedAt": "2026-12-04T18:42:00Z"
            }""";

    static final String TRANSLATION_PAGE = """
            {
              "items": [
                {"language": "de", "status": "published", "stale": true, "updatedAt": "2026-11-30T09:00:00Z"},
                {"language": "es", "status": "published", "stale": false, "updatedAt": "2026-12-04T18:42:00Z"},
                {"language": "pt-BR", "status": "draft", "stale": false, "updatedAt": "2026-12-04T18:50:00Z"}
              ]
            }""";

    static final String TRANSLATED_RESOURCE = """
            {
              "id": "5a0c3e1f-8b7d-4c2a-9e6f-1d4b8a2c7e90",
              "country": "ZZ",
              "international": true,
              "language": "en",
              "kind": "counselingDirectory",
              "name": "Find A Helpline",
              "description": "Un directorio de líneas de ayuda gratuitas y confidenciales en muchos países, con búsqueda por país y por tema, incluidas las relaciones de pareja, el maltrato y el malestar emocional.",
              "descriptionLanguage": "es",
              "url": "https://findahelpline.com",
              "available24h": false,
              "updatedAt": "2026-11-22T00:00:00Z"
            }""";
    // Contact details in examples are placeholders from reserved ranges (example.org, 555 numbers); real entries are
    // added by admins who verified them.

    static final String NEW_RESOURCE = """
            {
              "country": "PT",
              "language": "pt-PT",
              "kind": "textLine",
              "name": "Linha de apoio (exemplo)",
              "description": "Apoio confidencial por mensagem para quem vive uma relação difícil ou abusiva.",
              "phone": "+351 555 0100",
              "url": "https://support.example.org/pt",
              "hours": "Todos os dias, 09:00–23:00",
              "available24h": false
            }""";

    static final String RESOURCE = """
            {
              "id": "9d2e7f4a-3c1b-4e8d-a6f5-0b7c2d9e1a43",
              "country": "PT",
              "international": false,
              "language": "pt-PT",
              "kind": "textLine",
              "name": "Linha de apoio (exemplo)",
              "description": "Apoio confidencial por mensagem para quem vive uma relação difícil ou abusiva.",
              "descriptionLanguage": "pt-PT",
              "phone": "+351 555 0100",
              "url": "https://support.example.org/pt",
              "hours": "Todos os dias, 09:00–23:00",
              "available24h": false,
              "updatedAt": "2026-11-23T10:15:00Z"
            }""";

    static final String RESOURCE_EDIT = """
            {
              "country": "PT",
              "language": "pt-PT",
              "kind": "textLine",
              "name": "Linha de apoio (exemplo)",
              "description": "Apoio confidencial por mensagem para quem vive uma relação difícil ou abusiva.",
              "phone": "+351 555 0100",
              "url": "https://support.example.org/pt",
              "available24h": true
            }""";

    static final String RESOURCE_EDITED = """
            {
              "id": "9d2e7f4a-3c1b-4e8d-a6f5-0b7c2d9e1a43",
              "country": "PT",
              "international": false,
              "language": "pt-PT",
              "kind": "textLine",
              "name": "Linha de apoio (exemplo)",
              "description": "Apoio confidencial por mensagem para quem vive uma relação difícil ou abusiva.",
              "descriptionLanguage": "pt-PT",
              "phone": "+351 555 0100",
              "url": "https://support.example.org/pt",
              "available24h": true,
              "updatedAt": "2026-11-24T08:30:00Z"
            }""";

    static final String INTERNATIONAL_RESOURCE = """
            {
              "id": "5a0c3e1f-8b7d-4c2a-9e6f-1d4b8a2c7e90",
              "country": "ZZ",
              "international": true,
              "language": "en",
              "kind": "counselingDirectory",
              "name": "Find A Helpline",
              "description": "A directory of free, confidential helplines and crisis lines in many countries, searchable by country and topic, including relationships, abuse and emotional distress.",
              "descriptionLanguage": "en",
              "url": "https://findahelpline.com",
              "available24h": false,
              "updatedAt": "2026-11-22T00:00:00Z"
            }""";

    static final String RESOURCE_PAGE = """
            {
              "items": [
                {
                  "id": "9d2e7f4a-3c1b-4e8d-a6f5-0b7c2d9e1a43",
                  "country": "PT",
                  "international": false,
                  "language": "pt-PT",
                  "kind": "textLine",
                  "name": "Linha de apoio (exemplo)",
                  "description": "Apoio confidencial por mensagem para quem vive uma relação difícil ou abusiva.",
                  "descriptionLanguage": "pt-PT",
                  "phone": "+351 555 0100",
                  "url": "https://support.example.org/pt",
                  "hours": "Todos os dias, 09:00–23:00",
                  "available24h": false,
                  "updatedAt": "2026-11-23T10:15:00Z"
                },
                {
                  "id": "5a0c3e1f-8b7d-4c2a-9e6f-1d4b8a2c7e90",
                  "country": "ZZ",
                  "international": true,
                  "language": "en",
                  "kind": "counselingDirectory",
                  "name": "Find A Helpline",
                  "description": "A directory of free, confidential helplines and crisis lines in many countries, searchable by country and topic, including relationships, abuse and emotional distress.",
                  "descriptionLanguage": "en",
                  "url": "https://findahelpline.com",
                  "available24h": false,
                  "updatedAt": "2026-11-22T00:00:00Z"
                }
              ]
            }""";
}
