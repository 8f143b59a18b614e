package app.kintsugi.exercise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

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
 * Admins translating exercise versions. A translation is saved as a draft made from the English as it is now, and
 * published when reviewed; readers get it only while it is published and its English has not changed since. Every
 * change that readers could notice bumps the exercise's revision, so the ETags apps revalidate with change too.
 */
@ApplicationScoped
class ExerciseTranslations {

    private static final String LIST = "exercise-translations";

    private final EntityManager em;
    private final Paging paging;
    private final ExerciseCatalogue catalogue;

    ExerciseTranslations(EntityManager em, Paging paging, ExerciseCatalogue catalogue) {
        this.em = em;
        this.paging = paging;
        this.catalogue = catalogue;
    }

    /** A translation as shown, with the revision its ETag is made of. */
    record Shown(ExerciseTranslationView view, long revision, boolean created) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    TranslationSummary.Page list(String slug, String version, String limit, String cursor) {
        Exercise exercise = exercise(slug, false);
        int number = version(exercise, version);
        PageRequest request = paging.request(LIST, limit, cursor);
        String after = request.after().map(key -> key.get(0)).orElse("");
        String english = englishDigest(exercise.id, number);
        List<ExerciseText> rows = ExerciseText.<ExerciseText>find(
                "exerciseId = ?1 and version = ?2 and locale <> 'en' and locale > ?3 order by locale", exercise.id,
                number, after).page(0, request.fetchSize()).list();
        Page<TranslationSummary> page = paging.page(LIST, request, rows.stream()
                .map(row -> new TranslationSummary(row.locale, TranslationPhase.of(row.status),
                        !Objects.equals(row.sourceDigest, english), row.updatedAt))
                .toList(), summary -> List.of(summary.language()));
        return new TranslationSummary.Page(page.items(), page.nextCursor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Shown get(String slug, String version, String language) {
        Exercise exercise = exercise(slug, false);
        int number = version(exercise, version);
        ExerciseText row = existing(exercise.id, number, language)
                .orElseThrow(TranslationProblem.TRANSLATION_NOT_FOUND::exception);
        return shown(exercise, row, englishDigest(exercise.id, number), false);
    }

    /** Writes a translation as a draft: 201 when new, 200 when it replaces one (which needs {@code If-Match}). */
    @Transactional
    Shown put(String slug, String version, String language, String ifMatch, ExerciseTranslationDraft draft) {
        Exercise exercise = exercise(slug, true);
        int number = version(exercise, version);
        String target = TranslationRules.target(language, Languages.FALLBACK);
        ExerciseText english = englishRow(exercise.id, number);
        check(draft, english);
        Optional<ExerciseText> found = existing(exercise.id, number, target);
        if (found.isPresent()) {
            ETags.requireMatch(ifMatch, found.get().revision);
        } else if (ifMatch != null && !ifMatch.isBlank()) {
            throw Problems.preconditionFailed();
        }
        Instant now = Timestamps.now();
        ExerciseText row = found.orElseGet(ExerciseText::new);
        boolean wasServed = found.isPresent() && row.servedBeside(english);
        row.exerciseId = exercise.id;
        row.version = number;
        row.locale = target;
        row.title = draft.title().strip();
        row.summary = draft.summary().strip();
        row.steps = draft.steps().stream().map(String::strip).toList();
        row.turnCues = draft.turnCues().stream().map(String::strip).toList();
        row.reflectionPrompts = draft.reflectionPrompts().stream().map(String::strip).toList();
        row.safetyNotes = draft.safetyNotes().stream().map(String::strip).toList();
        row.status = TranslationPhase.DRAFT.json();
        row.sourceDigest = english.textDigest;
        row.updatedAt = now;
        if (found.isPresent()) {
            row.revision++;
        } else {
            row.revision = 1;
            row.persist();
        }
        if (wasServed) {
            changedForReaders(exercise, now);
        }
        return shown(exercise, row, english.textDigest, found.isEmpty());
    }

    /** Publishes a translation (refused while stale) or withdraws it to draft; asking for its phase is a no-op. */
    @Transactional
    Shown changeStatus(String slug, String version, String language, String ifMatch, TranslationPhaseChange change) {
        if (change == null || change.status() == null) {
            throw Problems.validation("/status", "required", "status is required.");
        }
        Exercise exercise = exercise(slug, true);
        int number = version(exercise, version);
        ExerciseText row = existing(exercise.id, number, language)
                .orElseThrow(TranslationProblem.TRANSLATION_NOT_FOUND::exception);
        ETags.requireMatch(ifMatch, row.revision);
        String english = englishDigest(exercise.id, number);
        if (!row.status.equals(change.status().json())) {
            if (change.status() == TranslationPhase.PUBLISHED && !Objects.equals(row.sourceDigest, english)) {
                throw TranslationProblem.TRANSLATION_STALE.exception();
            }
            Instant now = Timestamps.now();
            row.status = change.status().json();
            row.updatedAt = now;
            row.revision++;
            changedForReaders(exercise, now);
        }
        return shown(exercise, row, english, false);
    }

    @Transactional
    void delete(String slug, String version, String language, String ifMatch) {
        Exercise exercise = exercise(slug, true);
        int number = version(exercise, version);
        ExerciseText row = existing(exercise.id, number, language)
                .orElseThrow(TranslationProblem.TRANSLATION_NOT_FOUND::exception);
        ETags.requireMatch(ifMatch, row.revision);
        boolean published = row.status.equals(TranslationPhase.PUBLISHED.json());
        row.delete();
        if (published) {
            changedForReaders(exercise, Timestamps.now());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void changedForReaders(Exercise exercise, Instant now) {
        exercise.revision++;
        exercise.updatedAt = now;
        em.flush();
        catalogue.forgetLanguages();
    }

    /** Any exercise, drafts and retired ones included: only admins translate. Locked for writes. */
    private static Exercise exercise(String slug, boolean forWriting) {
        var query = Exercise.<Exercise>find("slug", slug);
        if (forWriting) {
            query = query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.firstResultOptional().orElseThrow(ExerciseCatalogue::notFound);
    }

    private static int version(Exercise exercise, String version) {
        if (version != null && version.matches("^[0-9]{1,4}$")) {
            int number = Integer.parseInt(version);
            if (number >= 1 && number <= exercise.currentVersion) {
                return number;
            }
        }
        throw Problems.notFound("This exercise has no version " + version + ".");
    }

    private static Optional<ExerciseText> existing(UUID exerciseId, int version, String language) {
        if (!TranslationRules.wellFormed(language) || language.equals(Languages.FALLBACK)) {
            return Optional.empty();
        }
        return ExerciseText.<ExerciseText>find("exerciseId = ?1 and version = ?2 and locale = ?3", exerciseId,
                version, language).firstResultOptional();
    }

    private static ExerciseText englishRow(UUID exerciseId, int version) {
        return ExerciseText.<ExerciseText>find("exerciseId = ?1 and version = ?2 and locale = 'en'", exerciseId,
                version).firstResult();
    }

    private static String englishDigest(UUID exerciseId, int version) {
        return englishRow(exerciseId, version).textDigest;
    }

    private static void check(ExerciseTranslationDraft draft, ExerciseText english) {
        if (draft == null) {
            throw Problems.validation("", "required", "Send the translation as a JSON object.");
        }
        List<FieldError> errors = new ArrayList<>();
        ShortTexts.problem("/title", "A title", draft.title() == null ? null : draft.title().strip(), 120)
                .ifPresent(errors::add);
        ShortTexts.paragraphs("/summary", "A summary", draft.summary(), 600).ifPresent(errors::add);
        TranslationRules.matching("/steps", draft.steps(), english.steps.size(), 500, errors);
        TranslationRules.matching("/turnCues", draft.turnCues(), english.turnCues.size(), 300, errors);
        TranslationRules.matching("/reflectionPrompts", draft.reflectionPrompts(), english.reflectionPrompts.size(),
                500, errors);
        TranslationRules.matching("/safetyNotes", draft.safetyNotes(), english.safetyNotes.size(), 500, errors);
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
    }

    private static Shown shown(Exercise exercise, ExerciseText row, String englishDigest, boolean created) {
        return new Shown(new ExerciseTranslationView(exercise.slug, row.version, row.locale,
                TranslationPhase.of(row.status), !Objects.equals(row.sourceDigest, englishDigest), row.title,
                row.summary, row.steps, row.turnCues, row.reflectionPrompts, row.safetyNotes, row.updatedAt),
                row.revision, created);
    }
}
