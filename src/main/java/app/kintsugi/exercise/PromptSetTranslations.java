package app.kintsugi.exercise;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.http.ETags;
import app.kintsugi.platform.http.Languages;
import app.kintsugi.platform.i18n.TranslationPhase;
import app.kintsugi.platform.i18n.TranslationPhaseChange;
import app.kintsugi.platform.i18n.TranslationRules;
import app.kintsugi.platform.i18n.TranslationSummary;
import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.Problem.FieldError;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.problem.ShortTexts;

/**
 * Admins translating prompt sets, the same way as exercise versions: a draft made from the English as it is now, then
 * published; only a published translation of the current English is served. Readers' ETags are digests of what they
 * get, so they change by themselves.
 */
@ApplicationScoped
class PromptSetTranslations {

    private static final String LIST = "prompt-set-translations";
    private static final String COLUMNS = """
            select locale, title, description, cast(prompts as text) as prompts, status, source_digest, revision,
                   updated_at, text_digest
            from prompt_set_text""";

    private final EntityManager em;
    private final Paging paging;
    private final ObjectMapper mapper;

    PromptSetTranslations(EntityManager em, Paging paging, ObjectMapper mapper) {
        this.em = em;
        this.paging = paging;
        this.mapper = mapper;
    }

    record Shown(PromptSetTranslationView view, long revision, boolean created) {
    }

    private record Row(String language, String title, String description, List<String> prompts, String status,
            String sourceDigest, long revision, Instant updatedAt, String textDigest) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    TranslationSummary.Page list(String slug, String limit, String cursor) {
        Row english = english(slug);
        PageRequest request = paging.request(LIST, limit, cursor);
        String after = request.after().map(key -> key.get(0)).orElse("");
        @SuppressWarnings("unchecked")
        List<Tuple> tuples = em.createNativeQuery(COLUMNS
                + " where slug = :slug and locale <> 'en' and locale > :after order by locale", Tuple.class)
                .setParameter("slug", slug).setParameter("after", after).setMaxResults(request.fetchSize())
                .getResultList();
        Page<TranslationSummary> page = paging.page(LIST, request, tuples.stream().map(this::row)
                .map(row -> new TranslationSummary(row.language(), TranslationPhase.of(row.status()),
                        !Objects.equals(row.sourceDigest(), english.textDigest()), row.updatedAt()))
                .toList(), summary -> List.of(summary.language()));
        return new TranslationSummary.Page(page.items(), page.nextCursor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Shown get(String slug, String language) {
        Row english = english(slug);
        Row row = find(slug, language).orElseThrow(TranslationProblem.TRANSLATION_NOT_FOUND::exception);
        return shown(slug, row, english, false);
    }

    @Transactional
    Shown put(String slug, String language, String ifMatch, PromptSetTranslationDraft draft) {
        Row english = lockedEnglish(slug);
        String target = TranslationRules.target(language, Languages.FALLBACK);
        check(draft, english);
        Optional<Row> found = find(slug, target);
        if (found.isPresent()) {
            ETags.requireMatch(ifMatch, found.get().revision());
        } else if (ifMatch != null && !ifMatch.isBlank()) {
            throw Problems.preconditionFailed();
        }
        Instant now = Timestamps.now();
        long revision = found.map(row -> row.revision() + 1).orElse(1L);
        em.createNativeQuery(
                """
                        insert into prompt_set_text (slug, locale, title, description, prompts, status, source_digest, revision,
                                                     updated_at)
                        values (:slug, :locale, :title, :description, cast(:prompts as jsonb), 'draft', :source, :revision, :now)
                        on conflict (slug, locale) do update set title = excluded.title, description = excluded.description,
                            prompts = excluded.prompts, status = 'draft', source_digest = excluded.source_digest,
                            revision = excluded.revision, updated_at = excluded.updated_at""")
                .setParameter("slug", slug).setParameter("locale", target)
                .setParameter("title", draft.title().strip()).setParameter("description", draft.description().strip())
                .setParameter("prompts", json(draft.prompts().stream().map(String::strip).toList()))
                .setParameter("source", english.textDigest()).setParameter("revision", revision)
                .setParameter("now", now).executeUpdate();
        Row saved = find(slug, target).orElseThrow();
        return shown(slug, saved, english, found.isEmpty());
    }

    @Transactional
    Shown changeStatus(String slug, String language, String ifMatch, TranslationPhaseChange change) {
        if (change == null || change.status() == null) {
            throw Problems.validation("/status", "required", "status is required.");
        }
        Row english = lockedEnglish(slug);
        Row row = find(slug, language).orElseThrow(TranslationProblem.TRANSLATION_NOT_FOUND::exception);
        ETags.requireMatch(ifMatch, row.revision());
        if (!row.status().equals(change.status().json())) {
            if (change.status() == TranslationPhase.PUBLISHED
                    && !Objects.equals(row.sourceDigest(), english.textDigest())) {
                throw TranslationProblem.TRANSLATION_STALE.exception();
            }
            em.createNativeQuery("""
                    update prompt_set_text set status = :status, revision = revision + 1, updated_at = :now
                    where slug = :slug and locale = :locale""").setParameter("status", change.status().json())
                    .setParameter("now", Timestamps.now()).setParameter("slug", slug)
                    .setParameter("locale", row.language()).executeUpdate();
            row = find(slug, row.language()).orElseThrow();
        }
        return shown(slug, row, english, false);
    }

    @Transactional
    void delete(String slug, String language, String ifMatch) {
        lockedEnglish(slug);
        Row row = find(slug, language).orElseThrow(TranslationProblem.TRANSLATION_NOT_FOUND::exception);
        ETags.requireMatch(ifMatch, row.revision());
        em.createNativeQuery("delete from prompt_set_text where slug = :slug and locale = :locale")
                .setParameter("slug", slug).setParameter("locale", row.language()).executeUpdate();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private Row english(String slug) {
        return find(slug, Languages.FALLBACK, false)
                .orElseThrow(() -> Problems.notFound("There is no prompt set with this slug."));
    }

    /** The English row, locked, so that writes to one set's translations take turns. */
    private Row lockedEnglish(String slug) {
        return find(slug, Languages.FALLBACK, true)
                .orElseThrow(() -> Problems.notFound("There is no prompt set with this slug."));
    }

    private Optional<Row> find(String slug, String language) {
        if (!TranslationRules.wellFormed(language) || language.equals(Languages.FALLBACK)) {
            return Optional.empty();
        }
        return find(slug, language, false);
    }

    private Optional<Row> find(String slug, String language, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(COLUMNS + " where slug = :slug and locale = :locale"
                + (lock ? " for update" : ""), Tuple.class).setParameter("slug", slug)
                .setParameter("locale", language).getResultList();
        return rows.stream().findFirst().map(this::row);
    }

    private Row row(Tuple tuple) {
        Object updated = tuple.get("updated_at");
        Instant updatedAt = updated instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) updated;
        return new Row((String) tuple.get("locale"), (String) tuple.get("title"), (String) tuple.get("description"),
                prompts((String) tuple.get("prompts")), (String) tuple.get("status"),
                (String) tuple.get("source_digest"), ((Number) tuple.get("revision")).longValue(), updatedAt,
                (String) tuple.get("text_digest"));
    }

    private List<String> prompts(String json) {
        try {
            return mapper.readValue(json, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A prompt set's prompts are not a JSON array of strings", e);
        }
    }

    private String json(List<String> prompts) {
        try {
            return mapper.writeValueAsString(prompts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Prompts could not be written as JSON", e);
        }
    }

    private static void check(PromptSetTranslationDraft draft, Row english) {
        if (draft == null) {
            throw Problems.validation("", "required", "Send the translation as a JSON object.");
        }
        List<FieldError> errors = new ArrayList<>();
        ShortTexts.problem("/title", "A title", draft.title() == null ? null : draft.title().strip(), 120)
                .ifPresent(errors::add);
        ShortTexts.paragraphs("/description", "A description", draft.description(), 600).ifPresent(errors::add);
        TranslationRules.matching("/prompts", draft.prompts(), english.prompts().size(), 500, errors);
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
    }

    private static Shown shown(String slug, Row row, Row english, boolean created) {
        return new Shown(new PromptSetTranslationView(slug, row.language(), TranslationPhase.of(row.status()),
                !Objects.equals(row.sourceDigest(), english.textDigest()), row.title(), row.description(),
                row.prompts(), row.updatedAt()), row.revision(), created);
    }
}
