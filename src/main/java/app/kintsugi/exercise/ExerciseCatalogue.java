package app.kintsugi.exercise;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.http.Languages;
import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.CommonProblem;
import app.kintsugi.platform.problem.ProblemException;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;
import app.kintsugi.profile.People;
import app.kintsugi.profile.RequestLanguage;

/**
 * The exercise catalogue: admins write and publish, everyone else reads what is published. Other features reach
 * exercises only through the public methods here, and always by version, so history never changes under them.
 */
@ApplicationScoped
public class ExerciseCatalogue {

    private final EntityManager em;
    private final Paging paging;
    private final People people;
    private final RequestLanguage requestLanguage;

    ExerciseCatalogue(EntityManager em, Paging paging, People people, RequestLanguage requestLanguage) {
        this.em = em;
        this.paging = paging;
        this.people = people;
        this.requestLanguage = requestLanguage;
    }

    /** Browse filters, already parsed; empty means no filter. */
    record Filter(Optional<Category> category, Optional<Integer> maxMinutes, Optional<Intensity> intensity,
            Optional<Boolean> involvesTouch, Optional<String> tag, Optional<String> text,
            Optional<ExerciseStatus> status) {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reading

    /** How long a replica keeps the list of languages before reading it again. */
    private static final long LANGUAGES_TTL_NANOS = 10_000_000_000L;

    private record Known(List<String> languages, long readAt) {
    }

    private volatile Known languages;

    /**
     * The languages exercises can be read in: English and every language with a published translation. Read at most
     * every ten seconds per replica, and again at once after a translation changes on this replica.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<String> languages() {
        Known known = languages;
        long now = System.nanoTime();
        if (known == null || now - known.readAt() > LANGUAGES_TTL_NANOS) {
            known = new Known(List.copyOf(em.createQuery(
                    "select distinct t.locale from ExerciseText t where t.status = 'published'", String.class)
                    .getResultList()), now);
            languages = known;
        }
        return known.languages();
    }

    /** Forgets the languages read, after a translation was published, withdrawn or removed. */
    void forgetLanguages() {
        languages = null;
    }

    /**
     * The language to answer exercise texts in: the best for {@code Accept-Language}, else for the caller's profile
     * locale, else English.
     */
    public String negotiate(String acceptLanguage, Callers caller) {
        return requestLanguage.choose(acceptLanguage, caller, languages());
    }

    // A pure read of one statement: no JTA transaction, so the statement runs alone (autocommit) and the commit round
    // trip a transaction adds is saved.
    @Transactional(Transactional.TxType.SUPPORTS)
    ExercisePage browse(Callers caller, Filter filter, String language, String limit, String cursor) {
        boolean searching = filter.text().isPresent();
        String list = searching ? "exercises-search" : "exercises";
        PageRequest request = paging.request(list, limit, cursor);
        Map<String, Object> params = new HashMap<>();
        params.put("language", language);
        StringBuilder where = new StringBuilder(" where true");
        if (!caller.roles().contains(Roles.ADMIN)) {
            where.append(" and e.status = 'published'");
        }
        filter.status().ifPresent(status -> {
            where.append(" and e.status = :status");
            params.put("status", status.json());
        });
        filter.category().ifPresent(category -> {
            where.append(" and v.category = :category");
            params.put("category", category.json());
        });
        filter.maxMinutes().ifPresent(minutes -> {
            where.append(" and v.duration_minutes <= :maxMinutes");
            params.put("maxMinutes", minutes);
        });
        filter.intensity().ifPresent(intensity -> {
            where.append(" and v.intensity = :intensity");
            params.put("intensity", intensity.json());
        });
        filter.involvesTouch().ifPresent(touch -> {
            where.append(" and v.involves_touch = :touch");
            params.put("touch", touch);
        });
        filter.tag().ifPresent(tag -> {
            where.append(" and cast(:tag as text) = any(v.tags)");
            params.put("tag", tag);
        });
        String rank = "0";
        if (searching) {
            // English texts are searched through their own indexed vector; other languages fall back per exercise.
            String config = language.startsWith("en") ? "english" : "simple";
            String vector = language.equals(Languages.FALLBACK) ? "en.search" : "coalesce(loc.search, en.search)";
            where.append(" and ").append(vector).append(" @@ websearch_to_tsquery(cast('").append(config)
                    .append("' as regconfig), :text)");
            rank = "round(cast(ts_rank(" + vector + ", websearch_to_tsquery(cast('" + config
                    + "' as regconfig), :text)) as numeric), 6)";
            params.put("text", filter.text().get());
        }
        String select = """
                select * from (
                select e.slug, e.status, v.version, coalesce(loc.locale, en.locale) as locale,
                       coalesce(loc.title, en.title) as title, coalesce(loc.summary, en.summary) as summary,
                       v.category, v.duration_minutes, v.intensity, v.involves_touch, v.cadence, v.tags,
                       %s as rank
                from exercise e
                join exercise_version v on v.exercise_id = e.id and v.version = e.current_version
                join exercise_text en on en.exercise_id = v.exercise_id and en.version = v.version and en.locale = 'en'
                left join exercise_text loc on loc.exercise_id = v.exercise_id and loc.version = v.version
                                           and loc.locale = :language and loc.status = 'published'
                                           and loc.source_digest = en.text_digest
                %s) found
                """.formatted(rank, where);
        StringBuilder sql = new StringBuilder(select);
        if (request.after().isPresent()) {
            List<String> after = request.after().get();
            if (searching) {
                sql.append(" where (rank < :afterRank or (rank = :afterRank and slug > :afterSlug))");
                params.put("afterRank", new BigDecimal(after.get(0)));
                params.put("afterSlug", after.get(1));
            } else {
                sql.append(" where slug > :afterSlug");
                params.put("afterSlug", after.get(0));
            }
        }
        sql.append(searching ? " order by rank desc, slug" : " order by slug");
        Query query = em.createNativeQuery(sql.toString(), Tuple.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.setMaxResults(request.fetchSize()).getResultList();
        Page<Tuple> page = paging.page(list, request, rows,
                row -> searching
                        ? List.of(row.get("rank").toString(), (String) row.get("slug"))
                        : List.of((String) row.get("slug")));
        return ExercisePage.of(page.map(ExerciseCatalogue::summary));
    }

    private static ExerciseSummary summary(Tuple row) {
        return new ExerciseSummary((String) row.get("slug"), ((Number) row.get("version")).intValue(),
                ExerciseStatus.of((String) row.get("status")), (String) row.get("locale"), (String) row.get("title"),
                (String) row.get("summary"), Category.of((String) row.get("category")),
                ((Number) row.get("duration_minutes")).intValue(), Intensity.of((String) row.get("intensity")),
                (Boolean) row.get("involves_touch"), Cadence.of((String) row.get("cadence")),
                Arrays.asList((String[]) row.get("tags")));
    }

    /** An exercise as shown, with the revision its ETag is made of. */
    record Revised(ExerciseView view, long revision) {
    }

    /** An exercise at its current version, or at {@code version}, if the caller may see it. */
    @Transactional
    Revised view(Callers caller, String slug, Optional<Integer> version, String language) {
        Exercise exercise = visible(caller, slug);
        int shown = version.orElse(exercise.currentVersion);
        if (shown < 1 || shown > exercise.currentVersion) {
            throw Problems.notFound("This exercise has no version " + shown + ".");
        }
        return new Revised(
                view(exercise, ExerciseVersion.findById(key(exercise.id, shown)), text(exercise.id, shown, language)),
                exercise.revision);
    }

    @Transactional
    VersionPage versions(Callers caller, String slug, String limit, String cursor) {
        Exercise exercise = visible(caller, slug);
        PageRequest request = paging.request("exercise-versions", limit, cursor);
        int below = request.after().map(after -> Integer.parseInt(after.get(0))).orElse(Integer.MAX_VALUE);
        List<Object[]> rows = em.createQuery("""
                select v.version, t.title, v.createdAt from ExerciseVersion v, ExerciseText t
                where t.exerciseId = v.exerciseId and t.version = v.version and t.locale = 'en'
                  and v.exerciseId = :id and v.version < :below order by v.version desc""", Object[].class)
                .setParameter("id", exercise.id).setParameter("below", below).setMaxResults(request.fetchSize())
                .getResultList();
        Page<VersionSummary> page = paging.page("exercise-versions", request,
                rows.stream().map(row -> new VersionSummary((Integer) row[0], (String) row[1], (Instant) row[2],
                        (Integer) row[0] == exercise.currentVersion)).toList(),
                summary -> List.of(Integer.toString(summary.version())));
        return VersionPage.of(page);
    }

    /**
     * The exercise if the caller may see it: admins see everything; others see published exercises, and retired ones
     * their own couple practised. Anything else is the same 404 as a slug that does not exist.
     */
    private Exercise visible(Callers caller, String slug) {
        Exercise exercise = Exercise.<Exercise>find("slug", slug).firstResultOptional()
                .orElseThrow(ExerciseCatalogue::notFound);
        if (caller.roles().contains(Roles.ADMIN) || exercise.lifecycle() == ExerciseStatus.PUBLISHED) {
            return exercise;
        }
        if (exercise.lifecycle() == ExerciseStatus.RETIRED && caller.roles().contains(Roles.USER)
                && practisedBy(people.idOf(caller), exercise.id)) {
            return exercise;
        }
        throw notFound();
    }

    private boolean practisedBy(UUID profileId, UUID exerciseId) {
        Object found = em.createNativeQuery("""
                select exists (select 1 from partner p where p.profile_id = :me and (
                    exists (select 1 from practice_run r where r.couple_id = p.couple_id and r.exercise_id = :exercise)
                    or exists (select 1 from practice_session s where s.couple_id = p.couple_id
                               and s.exercise_id = :exercise)))""").setParameter("me", profileId)
                .setParameter("exercise", exerciseId).getSingleResult();
        return Boolean.TRUE.equals(found);
    }

    private ExerciseText text(UUID exerciseId, int version, String language) {
        List<ExerciseText> texts = ExerciseText
                .list("exerciseId = ?1 and version = ?2 and locale in (?3, 'en')", exerciseId, version, language);
        ExerciseText english = texts.stream().filter(text -> text.locale.equals(Languages.FALLBACK)).findFirst()
                .orElseThrow();
        return texts.stream().filter(text -> text.locale.equals(language) && text.servedBeside(english)).findFirst()
                .orElse(english);
    }

    private static ExerciseView view(Exercise exercise, ExerciseVersion version, ExerciseText text) {
        List<PlannedTurn> plan = new ArrayList<>();
        for (int i = 0; i < version.turnPlan.size(); i++) {
            ExerciseVersion.Turn turn = version.turnPlan.get(i);
            plan.add(new PlannedTurn(TurnLead.of(turn.lead()), TurnMode.of(turn.mode()), turn.seconds(),
                    i < text.turnCues.size() ? text.turnCues.get(i) : ""));
        }
        return new ExerciseView(exercise.slug, version.version, exercise.currentVersion, exercise.lifecycle(),
                text.locale, text.title, text.summary, Category.of(version.category), text.steps,
                version.durationMinutes, plan, Cadence.of(version.cadence), Intensity.of(version.intensity),
                version.involvesTouch, text.reflectionPrompts, text.safetyNotes, List.of(version.tags),
                version.createdAt, exercise.publishedAt, exercise.retiredAt);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Writing (admins)

    @Transactional
    Revised create(ExerciseDraft draft) {
        ExerciseRules.check(draft, true);
        if (Exercise.count("slug", draft.slug()) > 0) {
            throw ExerciseProblem.SLUG_TAKEN.exception();
        }
        Instant now = Timestamps.now();
        Exercise exercise = new Exercise();
        exercise.id = UUID.randomUUID();
        exercise.slug = draft.slug();
        exercise.status = ExerciseStatus.DRAFT.json();
        exercise.currentVersion = 1;
        exercise.createdAt = now;
        exercise.updatedAt = now;
        exercise.revision = 1;
        exercise.persist();
        write(exercise.id, 1, draft, now);
        return current(exercise);
    }

    /**
     * Replaces the content. A draft is rewritten in place; a published exercise gets a new current version, so runs and
     * sessions keep the version they practised. A retired exercise is frozen.
     */
    @Transactional
    Revised replace(String slug, String ifMatch, ExerciseDraft draft) {
        Exercise exercise = locked(slug);
        ExerciseTags.requireMatch(ifMatch, exercise.revision);
        ExerciseRules.check(draft, false);
        if (draft.slug() != null && !draft.slug().equals(slug)) {
            throw Problems.validation("/slug", "slug-immutable", "A slug never changes; send this one or none.");
        }
        Instant now = Timestamps.now();
        switch (exercise.lifecycle()) {
            case DRAFT -> write(exercise.id, exercise.currentVersion, draft, now);
            case PUBLISHED -> {
                exercise.currentVersion++;
                write(exercise.id, exercise.currentVersion, draft, now);
                em.flush();
                carryTranslations(exercise.id, exercise.currentVersion - 1, exercise.currentVersion, now);
            }
            case RETIRED -> throw ExerciseProblem.EXERCISE_RETIRED.exception();
        }
        exercise.updatedAt = now;
        exercise.revision++;
        return current(exercise);
    }

    /**
     * Moves an exercise along its lifecycle: draft → published → retired → published. Asking for the status it has is a
     * no-op.
     */
    @Transactional
    Revised changeStatus(String slug, String ifMatch, StatusChange change) {
        if (change == null || change.status() == null) {
            throw Problems.validation("/status", "required", "status is required.");
        }
        Exercise exercise = locked(slug);
        if (ifMatch != null) {
            ExerciseTags.requireMatch(ifMatch, exercise.revision);
        }
        ExerciseStatus from = exercise.lifecycle();
        ExerciseStatus to = change.status();
        Instant now = Timestamps.now();
        if (from != to) {
            boolean allowed = switch (to) {
                case PUBLISHED -> true;
                case RETIRED -> from == ExerciseStatus.PUBLISHED;
                case DRAFT -> false;
            };
            if (!allowed) {
                throw CommonProblem.ILLEGAL_TRANSITION.exception("An exercise cannot go from " + from.json() + " to "
                        + to.json() + ". It goes draft → published → retired, and back to published.");
            }
            exercise.status = to.json();
            if (to == ExerciseStatus.PUBLISHED && exercise.publishedAt == null) {
                exercise.publishedAt = now;
            }
            exercise.retiredAt = to == ExerciseStatus.RETIRED ? now : null;
            exercise.updatedAt = now;
            exercise.revision++;
        }
        return current(exercise);
    }

    /** The current version as admins just left it, in English, the language they write in. */
    private Revised current(Exercise exercise) {
        em.flush();
        return new Revised(view(exercise, ExerciseVersion.findById(key(exercise.id, exercise.currentVersion)),
                text(exercise.id, exercise.currentVersion, Languages.FALLBACK)), exercise.revision);
    }

    private Exercise locked(String slug) {
        return Exercise.<Exercise>find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(ExerciseCatalogue::notFound);
    }

    /**
     * Writes a version's content and its English words: a new version, or the draft version rewritten in place, so that
     * its translations stay attached and turn stale where the English changed.
     */
    private static void write(UUID exerciseId, int number, ExerciseDraft draft, Instant now) {
        ExerciseVersion found = ExerciseVersion.findById(key(exerciseId, number));
        ExerciseVersion version = found == null ? new ExerciseVersion() : found;
        version.exerciseId = exerciseId;
        version.version = number;
        version.category = draft.category().json();
        version.durationMinutes = draft.durationMinutes();
        version.turnPlan = draft.turnPlan().stream()
                .map(turn -> new ExerciseVersion.Turn(turn.lead().json(), turn.mode().json(), turn.seconds()))
                .toList();
        version.cadence = draft.cadence().json();
        version.intensity = draft.intensity().json();
        version.involvesTouch = draft.involvesTouch();
        version.tags = draft.tags() == null ? new String[0] : draft.tags().toArray(String[]::new);
        version.createdAt = now;
        if (found == null) {
            version.persist();
        }
        ExerciseText existing = found == null
                ? null
                : ExerciseText.<ExerciseText>find("exerciseId = ?1 and version = ?2 and locale = 'en'", exerciseId,
                        number).firstResult();
        ExerciseText text = existing == null ? new ExerciseText() : existing;
        text.exerciseId = exerciseId;
        text.version = number;
        text.locale = Languages.FALLBACK;
        text.title = draft.title().strip();
        text.summary = draft.summary().strip();
        text.steps = draft.steps().stream().map(String::strip).toList();
        text.turnCues = draft.turnPlan().stream().map(turn -> turn.cue().strip()).toList();
        text.reflectionPrompts = draft.reflectionPrompts() == null
                ? List.of()
                : draft.reflectionPrompts().stream().map(String::strip).toList();
        text.safetyNotes = draft.safetyNotes() == null
                ? List.of()
                : draft.safetyNotes().stream().map(String::strip).toList();
        text.updatedAt = now;
        if (existing == null) {
            text.persist();
        } else {
            text.revision++;
        }
    }

    /**
     * Carries the translations of the previous version over to a new one, each as it was and still pointing at the
     * English it was made from: unchanged English keeps them served, changed English makes them stale until revised.
     */
    private void carryTranslations(UUID exerciseId, int from, int to, Instant now) {
        em.createNativeQuery("""
                insert into exercise_text (exercise_id, version, locale, title, summary, steps, turn_cues,
                                           reflection_prompts, safety_notes, status, source_digest, revision,
                                           updated_at)
                select exercise_id, :to, locale, title, summary, steps, turn_cues, reflection_prompts, safety_notes,
                       status, source_digest, 1, :now
                from exercise_text where exercise_id = :id and version = :from and locale <> 'en'""")
                .setParameter("to", to).setParameter("now", now).setParameter("id", exerciseId)
                .setParameter("from", from).executeUpdate();
        forgetLanguages();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // For other features

    /** A version that can be practised now: the current version of a published exercise. */
    public record Practicable(UUID exerciseId, int version, boolean involvesTouch,
            List<ExerciseVersion.Turn> turnPlan) {
    }

    /** The current version of a published exercise, for starting a run or a session; empty if there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Practicable> practicable(String slug) {
        return Exercise.<Exercise>find("slug = ?1 and status = 'published'", slug).firstResultOptional()
                .map(exercise -> practicable(exercise, exercise.currentVersion));
    }

    /** A version already practised (in a run), whatever the exercise's status now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Practicable practicable(UUID exerciseId, int version) {
        return practicable(Exercise.findById(exerciseId), version);
    }

    private static Practicable practicable(Exercise exercise, int number) {
        ExerciseVersion version = ExerciseVersion.findById(key(exercise.id, number));
        return new Practicable(exercise.id, number, version.involvesTouch, version.turnPlan);
    }

    /** A version's turn plan with its cues in one language. */
    public record Plan(List<ExerciseVersion.Turn> turns, List<String> cues) {
    }

    /**
     * The plans of every version of these exercises, keyed as {@link #briefKey}, in two queries whatever their number:
     * lists of sessions read them all at once.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Plan> plans(Collection<UUID> exerciseIds, String language) {
        if (exerciseIds.isEmpty()) {
            return Map.of();
        }
        Map<String, ExerciseText> english = new HashMap<>();
        Map<String, ExerciseText> translated = new HashMap<>();
        ExerciseText.<ExerciseText>list("exerciseId in ?1 and locale in (?2, 'en')", exerciseIds, language)
                .forEach(text -> (text.locale.equals(Languages.FALLBACK) ? english : translated)
                        .put(briefKey(text.exerciseId, text.version), text));
        Map<String, ExerciseText> texts = new HashMap<>(english);
        translated.forEach((key, text) -> {
            if (text.servedBeside(english.get(key))) {
                texts.put(key, text);
            }
        });
        Map<String, Plan> plans = new HashMap<>();
        ExerciseVersion.<ExerciseVersion>list("exerciseId in ?1", exerciseIds).forEach(version -> {
            String key = briefKey(version.exerciseId, version.version);
            ExerciseText text = texts.get(key);
            plans.put(key, new Plan(version.turnPlan, text == null ? List.of() : text.turnCues));
        });
        return plans;
    }

    /** Briefs of practised versions, in one query, keyed by exercise id and version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, ExerciseBrief> briefs(Collection<UUID> exerciseIds, String language) {
        if (exerciseIds.isEmpty()) {
            return Map.of();
        }
        List<Tuple> rows = em.createQuery("""
                select e.id as id, e.slug as slug, v.version as version, t.title as title, t.locale as locale,
                       v.category as category, v.intensity as intensity, v.involvesTouch as touch,
                       v.durationMinutes as minutes
                from Exercise e, ExerciseVersion v, ExerciseText t, ExerciseText en
                where v.exerciseId = e.id and t.exerciseId = v.exerciseId and t.version = v.version
                  and en.exerciseId = v.exerciseId and en.version = v.version and en.locale = 'en'
                  and (t.locale = 'en' or t.locale = :language and t.status = 'published'
                       and t.sourceDigest = en.textDigest)
                  and e.id in :ids""", Tuple.class)
                .setParameter("language", language).setParameter("ids", exerciseIds).getResultList();
        Map<String, Tuple> chosen = new HashMap<>();
        for (Tuple row : rows) {
            String k = briefKey(row.get("id", UUID.class), row.get("version", Integer.class));
            if (!chosen.containsKey(k) || row.get("locale").equals(language)) {
                chosen.put(k, row);
            }
        }
        return chosen.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> {
            Tuple row = entry.getValue();
            return new ExerciseBrief(row.get("slug", String.class), row.get("version", Integer.class),
                    row.get("title", String.class), Category.of(row.get("category", String.class)),
                    Intensity.of(row.get("intensity", String.class)), row.get("touch", Boolean.class),
                    row.get("minutes", Integer.class));
        }));
    }

    /** The key {@link #briefs} uses. */
    public static String briefKey(UUID exerciseId, int version) {
        return exerciseId + "/" + version;
    }

    /** Every published exercise at its current version, as catalogue lists show it, for recommendations. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Candidate> published(String language) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select e.id, e.slug, e.status, v.version, coalesce(loc.locale, en.locale) as locale,
                       coalesce(loc.title, en.title) as title, coalesce(loc.summary, en.summary) as summary,
                       v.category, v.duration_minutes, v.intensity, v.involves_touch, v.cadence, v.tags
                from exercise e
                join exercise_version v on v.exercise_id = e.id and v.version = e.current_version
                join exercise_text en on en.exercise_id = v.exercise_id and en.version = v.version and en.locale = 'en'
                left join exercise_text loc on loc.exercise_id = v.exercise_id and loc.version = v.version
                                           and loc.locale = :language and loc.status = 'published'
                                           and loc.source_digest = en.text_digest
                where e.status = 'published'""", Tuple.class).setParameter("language", language).getResultList();
        return rows.stream().map(row -> new Candidate((UUID) row.get("id"), summary(row))).toList();
    }

    /** A published exercise with its id, for ranking. */
    public record Candidate(UUID exerciseId, ExerciseSummary summary) {
    }

    private static ExerciseVersion.Key key(UUID exerciseId, int version) {
        ExerciseVersion.Key key = new ExerciseVersion.Key();
        key.exerciseId = exerciseId;
        key.version = version;
        return key;
    }

    static ProblemException notFound() {
        return Problems.notFound("There is no exercise with this slug that you can see.");
    }
}
