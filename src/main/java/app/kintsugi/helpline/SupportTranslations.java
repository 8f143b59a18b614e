package app.kintsugi.helpline;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.Vocabulary;
import app.kintsugi.platform.http.ETags;
import app.kintsugi.platform.i18n.TranslationCoverage;
import app.kintsugi.platform.i18n.TranslationPhase;
import app.kintsugi.platform.i18n.TranslationPhaseChange;
import app.kintsugi.platform.i18n.TranslationRules;
import app.kintsugi.platform.i18n.TranslationState;
import app.kintsugi.platform.i18n.TranslationStatus;
import app.kintsugi.platform.i18n.TranslationSummary;
import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.ProblemException;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.problem.ShortTexts;

/**
 * Translations of support resources' descriptions (table {@code support_resource_text}): admins write one per language
 * as a draft, publish it, take it back or delete it. Each remembers the digest of the description it was made from, so
 * it turns stale by itself when an admin edits the resource, and a stale one is never shown to readers. The name,
 * contact details and hours are not translated.
 *
 * <p>
 * Also the coverage of kind {@code supportResource} for the translation report.
 */
@ApplicationScoped
class SupportTranslations implements TranslationCoverage {

    static final String KIND = "supportResource";

    private final EntityManager em;
    private final Paging paging;

    SupportTranslations(EntityManager em, Paging paging) {
        this.em = em;
        this.paging = paging;
    }

    /** A translation and the revision its ETag is made of. */
    record Revised(SupportTranslationView view, long revision) {
        EntityTag tag() {
            return ETags.of(revision);
        }
    }

    /** The outcome of a PUT: the translation, and whether it was new. */
    record Written(Revised translation, boolean created) {
    }

    /** The resource a translation belongs to, as far as translating needs it. */
    private record Source(UUID id, String language, String digest, boolean retired) {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reading (everyone)

    /**
     * The translations readers may get, for the given resources: published, made from the description the resource has
     * now, and not in the resource's own language. One statement whatever the number of resources.
     *
     * @return resource id → language → description
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Map<UUID, Map<String, String>> served(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select t.resource_id, t.locale, t.description
                from support_resource_text t join support_resource r on r.id = t.resource_id
                where t.resource_id in (:ids) and t.status = 'published'
                  and t.source_digest = r.description_digest and t.locale <> r.language
                order by t.resource_id, t.locale""", Object[].class).setParameter("ids", ids).getResultList();
        Map<UUID, Map<String, String>> served = new HashMap<>();
        for (Object[] row : rows) {
            served.computeIfAbsent((UUID) row[0], id -> new LinkedHashMap<>()).put((String) row[1], (String) row[2]);
        }
        return served;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Authoring (admins)

    /** The resource's translations by language tag, retired resources included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    TranslationSummary.Page list(String resourceId, String limit, String cursor) {
        Source source = source(resourceId, false);
        String list = "support-resource-translations:" + source.id();
        PageRequest request = paging.request(list, limit, cursor);
        String after = request.after().map(key -> key.get(0)).orElse("");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select locale, status, source_digest <> :digest, updated_at
                from support_resource_text
                where resource_id = :id and locale > :after
                order by locale""", Object[].class)
                .setParameter("digest", source.digest()).setParameter("id", source.id()).setParameter("after", after)
                .setMaxResults(request.fetchSize()).getResultList();
        Page<TranslationSummary> page = paging.page(list, request, rows.stream()
                .map(row -> new TranslationSummary((String) row[0], TranslationPhase.of((String) row[1]),
                        (Boolean) row[2], instant(row[3])))
                .toList(), summary -> List.of(summary.language()));
        return new TranslationSummary.Page(page.items(), page.nextCursor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Revised get(String resourceId, String language) {
        Source source = source(resourceId, false);
        return find(source, language, false).orElseThrow(SupportTranslations::notFound);
    }

    /**
     * Writes the translation as a draft made from the description the resource has now. A new one needs no
     * {@code If-Match} (when one is sent, nothing exists to match it: 412); replacing one needs its ETag.
     */
    @Transactional
    Written put(String resourceId, String language, String ifMatch, SupportTranslationDraft draft) {
        Source source = changeable(resourceId);
        TranslationRules.target(language, source.language());
        String description = check(draft);
        Optional<Revised> existing = find(source, language, true);
        Instant now = Timestamps.now();
        if (existing.isEmpty()) {
            if (present(ifMatch)) {
                throw Problems.preconditionFailed();
            }
            int inserted = em.createNativeQuery("""
                    insert into support_resource_text
                        (resource_id, locale, description, status, source_digest, revision, updated_at)
                    values (:id, :locale, :description, 'draft', :digest, 1, :now)
                    on conflict (resource_id, locale) do nothing""")
                    .setParameter("id", source.id()).setParameter("locale", language)
                    .setParameter("description", description).setParameter("digest", source.digest())
                    .setParameter("now", now).executeUpdate();
            if (inserted == 1) {
                return new Written(new Revised(new SupportTranslationView(language, description,
                        TranslationPhase.DRAFT, false, now), 1), true);
            }
            // Another admin created it a moment ago: this write is a replacement, and needs its ETag.
            existing = find(source, language, true);
        }
        Revised current = existing.orElseThrow(SupportTranslations::notFound);
        ETags.requireMatch(ifMatch, current.revision());
        long revision = current.revision() + 1;
        em.createNativeQuery("""
                update support_resource_text
                set description = :description, status = 'draft', source_digest = :digest, revision = :revision,
                    updated_at = :now
                where resource_id = :id and locale = :locale""")
                .setParameter("description", description).setParameter("digest", source.digest())
                .setParameter("revision", revision).setParameter("now", now)
                .setParameter("id", source.id()).setParameter("locale", language).executeUpdate();
        return new Written(new Revised(new SupportTranslationView(language, description,
                TranslationPhase.DRAFT, false, now), revision), false);
    }

    /** Publishes the translation or takes it back to draft; a stale one is not published. */
    @Transactional
    Revised changeStatus(String resourceId, String language, String ifMatch, TranslationPhaseChange change) {
        if (change == null || change.status() == null) {
            throw Problems.validation("/status", "required", "status is required.");
        }
        Source source = changeable(resourceId);
        Revised current = find(source, language, true).orElseThrow(SupportTranslations::notFound);
        ETags.requireMatch(ifMatch, current.revision());
        SupportTranslationView view = current.view();
        if (change.status() == TranslationPhase.PUBLISHED && view.stale()) {
            throw HelplineProblem.TRANSLATION_STALE.exception();
        }
        if (change.status() == view.status()) {
            return current;
        }
        long revision = current.revision() + 1;
        Instant now = Timestamps.now();
        em.createNativeQuery("""
                update support_resource_text set status = :status, revision = :revision, updated_at = :now
                where resource_id = :id and locale = :locale""")
                .setParameter("status", change.status().json()).setParameter("revision", revision)
                .setParameter("now", now).setParameter("id", source.id()).setParameter("locale", language)
                .executeUpdate();
        return new Revised(new SupportTranslationView(language, view.description(), change.status(), view.stale(),
                now), revision);
    }

    @Transactional
    void delete(String resourceId, String language, String ifMatch) {
        Source source = changeable(resourceId);
        Revised current = find(source, language, true).orElseThrow(SupportTranslations::notFound);
        ETags.requireMatch(ifMatch, current.revision());
        em.createNativeQuery("delete from support_resource_text where resource_id = :id and locale = :locale")
                .setParameter("id", source.id()).setParameter("locale", language).executeUpdate();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Coverage

    /**
     * Every resource still in the directory and its state in {@code language}: published when it is written in it or
     * has a published translation made from its current description; stale when a translation was made from an earlier
     * one; draft when a draft is waiting; missing otherwise.
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TranslationState> states(String language) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, case
                    when lower(r.language) = lower(:language) then 'published'
                    when t.locale is null then 'missing'
                    when t.source_digest <> r.description_digest then 'stale'
                    else t.status end
                from support_resource r
                left join support_resource_text t on t.resource_id = r.id and t.locale = :language
                where r.retired_at is null
                order by r.country, lower(r.name), r.id""", Object[].class).setParameter("language", language)
                .getResultList();
        return rows.stream().map(row -> new TranslationState(KIND, row[0].toString(), null,
                Vocabulary.parse(TranslationStatus.class, (String) row[1]).orElseThrow())).toList();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    private static boolean present(String header) {
        return header != null && !header.isBlank();
    }

    /**
     * The resource, locked, for changing its translations: it exists and is not retired. Which language is then up to
     * the operation: a new translation must be into a well-formed tag other than the resource's own (422, by
     * {@link TranslationRules#target}); changing an existing one needs only that it exists (404 otherwise), so a
     * translation left over in the resource's own language, after an admin changed that language, can be deleted.
     */
    private Source changeable(String resourceId) {
        Source source = source(resourceId, true);
        if (source.retired()) {
            throw HelplineProblem.RESOURCE_RETIRED.exception(HelplineContract.RETIRED_TRANSLATIONS);
        }
        return source;
    }

    private Source source(String resourceId, boolean lock) {
        UUID id;
        try {
            id = UUID.fromString(resourceId);
        } catch (IllegalArgumentException e) {
            throw SupportDirectory.notFound();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, language, description_digest, retired_at is not null"
                + " from support_resource where id = :id" + (lock ? " for update" : ""), Object[].class)
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw SupportDirectory.notFound();
        }
        Object[] row = rows.get(0);
        return new Source((UUID) row[0], (String) row[1], (String) row[2], (Boolean) row[3]);
    }

    /** The translation into {@code language}, if there is one; a malformed tag names none. */
    private Optional<Revised> find(Source source, String language, boolean lock) {
        if (!TranslationRules.wellFormed(language)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select description, status, source_digest <> :digest, updated_at,"
                + " revision from support_resource_text where resource_id = :id and locale = :locale"
                + (lock ? " for update" : ""), Object[].class)
                .setParameter("digest", source.digest()).setParameter("id", source.id())
                .setParameter("locale", language).getResultList();
        return rows.stream().findFirst().map(row -> new Revised(new SupportTranslationView(language, (String) row[0],
                TranslationPhase.of((String) row[1]), (Boolean) row[2], instant(row[3])),
                ((Number) row[4]).longValue()));
    }

    private static String check(SupportTranslationDraft draft) {
        if (draft == null) {
            throw Problems.validation("", "required", "Send the translation as a JSON object with its description.");
        }
        String description = draft.description() == null ? "" : draft.description().strip();
        ShortTexts.paragraphs("/description", "A description", description, 600).ifPresent(error -> {
            throw Problems.validation(List.of(error));
        });
        return description;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    static ProblemException notFound() {
        return Problems.notFound("This support resource has no translation in this language.");
    }
}
