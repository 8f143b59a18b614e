package app.kintsugi.exercise;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import app.kintsugi.platform.i18n.TranslationCoverage;
import app.kintsugi.platform.i18n.TranslationState;
import app.kintsugi.platform.i18n.TranslationStatus;

/**
 * The catalogue in the coverage report: the current version of every exercise that is not retired, and every prompt
 * set, each with where its translation into a language stands.
 */
@ApplicationScoped
class CatalogueCoverage implements TranslationCoverage {

    private final EntityManager em;

    CatalogueCoverage(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TranslationState> states(String language) {
        List<TranslationState> states = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Tuple> exercises = em.createNativeQuery(
                """
                        select e.slug as item, e.current_version as version, loc.status, loc.source_digest = en.text_digest as fresh
                        from exercise e
                        join exercise_text en on en.exercise_id = e.id and en.version = e.current_version and en.locale = 'en'
                        left join exercise_text loc on loc.exercise_id = e.id and loc.version = e.current_version
                                                   and loc.locale = :language
                        where e.status <> 'retired'
                        order by e.slug""",
                Tuple.class).setParameter("language", language).getResultList();
        exercises.forEach(row -> states.add(new TranslationState("exercise", (String) row.get("item"),
                ((Number) row.get("version")).intValue(), state(row))));
        @SuppressWarnings("unchecked")
        List<Tuple> sets = em.createNativeQuery("""
                select s.slug as item, loc.status, loc.source_digest = en.text_digest as fresh
                from prompt_set s
                join prompt_set_text en on en.slug = s.slug and en.locale = 'en'
                left join prompt_set_text loc on loc.slug = s.slug and loc.locale = :language
                order by s.sort_order""", Tuple.class).setParameter("language", language).getResultList();
        sets.forEach(row -> states.add(new TranslationState("promptSet", (String) row.get("item"), null, state(row))));
        return states;
    }

    private static TranslationStatus state(Tuple row) {
        String status = (String) row.get("status");
        if (status == null) {
            return TranslationStatus.MISSING;
        }
        if (!Boolean.TRUE.equals(row.get("fresh"))) {
            return TranslationStatus.STALE;
        }
        return status.equals("published") ? TranslationStatus.PUBLISHED : TranslationStatus.DRAFT;
    }
}
