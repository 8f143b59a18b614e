package app.kintsugi.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.i18n.Texts;
import app.kintsugi.platform.i18n.TranslationCoverage;
import app.kintsugi.platform.i18n.TranslationRules;
import app.kintsugi.platform.i18n.TranslationState;
import app.kintsugi.platform.i18n.TranslationStatus;
import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;

/**
 * The missing-translation report: for each language, every translatable item the features declare and where its
 * translation stands. A language is listed when admins made it a target, when anything is translated into it, or when
 * our own texts exist in it.
 */
@ApplicationScoped
class LanguageReport {

    private static final String LANGUAGES = "languages";
    private static final String GAPS = "translation-gaps";
    private static final Comparator<TranslationState> ORDER = Comparator.comparing(TranslationState::kind)
            .thenComparing(TranslationState::item)
            .thenComparing(state -> state.version() == null ? 0 : state.version());

    private final EntityManager em;
    private final Paging paging;
    private final Instance<TranslationCoverage> coverages;

    LanguageReport(EntityManager em, Paging paging, Instance<TranslationCoverage> coverages) {
        this.em = em;
        this.paging = paging;
        this.coverages = coverages;
    }

    /** A language as the operations found it, and whether it was new. */
    record Marked(LanguageCoverage coverage, boolean created) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    LanguageCoverage.Page languages(String limit, String cursor) {
        PageRequest request = paging.request(LANGUAGES, limit, cursor);
        String after = request.after().map(key -> key.get(0)).orElse("");
        List<String> targets = targets();
        TreeSet<String> known = new TreeSet<>(targets);
        known.addAll(translated());
        Texts.LANGUAGES.stream().filter(language -> !language.equals("en")).forEach(known::add);
        List<LanguageCoverage> fetched = known.tailSet(after, false).stream().limit(request.fetchSize())
                .map(language -> coverage(language, targets.contains(language))).toList();
        Page<LanguageCoverage> page = paging.page(LANGUAGES, request, fetched, row -> List.of(row.language()));
        return new LanguageCoverage.Page(page.items(), page.nextCursor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    LanguageCoverage language(String language) {
        String tag = known(language);
        return coverage(tag, targets().contains(tag));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    TranslationGap.Page gaps(String language, String limit, String cursor) {
        String tag = known(language);
        PageRequest request = paging.request(GAPS, limit, cursor);
        List<TranslationState> gaps = states(tag).stream().filter(state -> state.state() != TranslationStatus.PUBLISHED)
                .sorted(ORDER).toList();
        List<TranslationState> fetched = request.after().map(after -> {
            TranslationState last = new TranslationState(after.get(0), after.get(1),
                    after.get(2).isEmpty() ? null : Integer.valueOf(after.get(2)), TranslationStatus.MISSING);
            return gaps.stream().filter(state -> ORDER.compare(state, last) > 0).toList();
        }).orElse(gaps);
        Page<TranslationState> page = paging.page(GAPS, request,
                fetched.subList(0, Math.min(fetched.size(), request.fetchSize())),
                state -> List.of(state.kind(), state.item(),
                        state.version() == null ? "" : state.version().toString()));
        return new TranslationGap.Page(page.items().stream()
                .map(state -> new TranslationGap(state.kind(), state.item(), state.version(), state.state())).toList(),
                page.nextCursor());
    }

    /** Lists a language as a target; 201 when it was not one. */
    @Transactional
    Marked mark(String language) {
        String tag = TranslationRules.target(language, "en");
        int inserted = em.createNativeQuery("""
                insert into target_language (language, created_at) values (:language, :now)
                on conflict (language) do nothing""").setParameter("language", tag)
                .setParameter("now", Timestamps.now()).executeUpdate();
        return new Marked(coverage(tag, true), inserted == 1);
    }

    /** No longer a target; what was translated stays. */
    @Transactional
    void unmark(String language) {
        int deleted = TranslationRules.wellFormed(language)
                ? em.createNativeQuery("delete from target_language where language = :language")
                        .setParameter("language", language).executeUpdate()
                : 0;
        if (deleted == 0) {
            throw LanguageProblem.NOT_A_TARGET.exception();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private LanguageCoverage coverage(String language, boolean target) {
        Map<TranslationStatus, Integer> counts = new TreeMap<>();
        List<TranslationState> states = states(language);
        states.forEach(state -> counts.merge(state.state(), 1, Integer::sum));
        int published = counts.getOrDefault(TranslationStatus.PUBLISHED, 0);
        double percent = states.isEmpty() ? 100.0 : Math.floor(published * 1000.0 / states.size()) / 10.0;
        return new LanguageCoverage(language, target, states.size(), published,
                counts.getOrDefault(TranslationStatus.DRAFT, 0), counts.getOrDefault(TranslationStatus.STALE, 0),
                counts.getOrDefault(TranslationStatus.MISSING, 0), percent);
    }

    private List<TranslationState> states(String language) {
        List<TranslationState> states = new ArrayList<>();
        coverages.forEach(coverage -> states.addAll(coverage.states(language)));
        return states;
    }

    /** A language the report can speak of: any well-formed tag but the source; others are 404. */
    private static String known(String language) {
        if (!TranslationRules.wellFormed(language) || language.equals("en")) {
            throw LanguageProblem.UNKNOWN_LANGUAGE.exception();
        }
        return language;
    }

    private List<String> targets() {
        return em.createNativeQuery("select language from target_language order by language", String.class)
                .getResultList().stream().map(String.class::cast).toList();
    }

    private List<String> translated() {
        return em.createNativeQuery("""
                select locale from exercise_text where locale <> 'en'
                union select locale from prompt_set_text where locale <> 'en'
                union select locale from support_resource_text""", String.class).getResultList().stream()
                .map(String.class::cast).toList();
    }
}
