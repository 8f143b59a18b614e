package app.kintsugi.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.kintsugi.counselor.CounselorScope;
import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.couple.CoupleProblem;
import app.kintsugi.couple.CoupleStatus;
import app.kintsugi.exercise.ExerciseBrief;
import app.kintsugi.exercise.ExerciseCatalogue;
import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.paging.Keyset;
import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.Problem.FieldError;
import app.kintsugi.platform.problem.ProblemException;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.security.Callers;

/** Practice runs: one exercise, stayed with for some days. One run is in progress per couple at most. */
@ApplicationScoped
class RunService {

    static final int DEFAULT_DAYS = 7;
    private static final int MAX_DAYS_AHEAD = 14;

    private final CoupleAccess access;
    private final ExerciseCatalogue catalogue;
    private final Paging paging;

    RunService(CoupleAccess access, ExerciseCatalogue catalogue, Paging paging) {
        this.access = access;
        this.catalogue = catalogue;
        this.paging = paging;
    }

    /**
     * Starts a run. A partner may end the run in progress in the same call; a counselor with the assignExercises scope
     * assigns a run instead, which never ends the couple's own run.
     */
    @Transactional
    RunView start(Callers caller, String coupleId, NewRun body, String language) {
        CoupleAccess.Reader reader = access.reader(caller, coupleId, Optional.of(CounselorScope.ASSIGN_EXERCISES),
                CounselorScope.ASSIGN_EXERCISES.json());
        CoupleAccess.State state = access.lockedState(reader.coupleId());
        Practice.requireOpen(state);
        if (body == null) {
            throw Problems.validation("", "required", "Send the run as a JSON object.");
        }
        List<FieldError> errors = new ArrayList<>();
        Optional<ExerciseCatalogue.Practicable> exercise = body.exercise() == null
                ? Optional.empty()
                : catalogue.practicable(body.exercise());
        if (exercise.isEmpty()) {
            errors.add(new FieldError("/exercise", "unknown-exercise", "No published exercise has this slug."));
        }
        int days = body.days() == null ? DEFAULT_DAYS : body.days();
        if (days < 1 || days > 30) {
            errors.add(new FieldError("/days", "out-of-range", "days is from 1 to 30."));
        }
        LocalDate today = state.today();
        LocalDate startsOn = body.startsOn() == null ? today : body.startsOn();
        if (startsOn.isBefore(today) || startsOn.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            errors.add(new FieldError("/startsOn", "out-of-range",
                    "startsOn is from today (" + today + " for the couple) up to " + MAX_DAYS_AHEAD + " days ahead."));
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        if (exercise.get().involvesTouch()) {
            Practice.requireTouchOpen(state);
        }
        Optional<PracticeRun> inProgress = inProgress(reader.coupleId(), today);
        if (inProgress.isPresent()) {
            if (!Boolean.TRUE.equals(body.endCurrent()) || reader.isCounselor()) {
                throw reader.isCounselor()
                        ? PracticeProblem.RUN_IN_PROGRESS
                                .exception("The couple has a run in progress; only the partners can end it.")
                        : PracticeProblem.RUN_IN_PROGRESS.exception();
            }
            end(inProgress.get(), RunStatus.ABANDONED);
            PracticeRun.flush();
        }
        Instant now = Timestamps.now();
        PracticeRun run = new PracticeRun();
        run.id = UUID.randomUUID();
        run.coupleId = reader.coupleId();
        run.exerciseId = exercise.get().exerciseId();
        run.exerciseVersion = exercise.get().version();
        run.status = RunStatus.ACTIVE.json();
        run.assigned = reader.isCounselor();
        run.startsOn = startsOn;
        run.days = days;
        run.createdAt = now;
        run.updatedAt = now;
        run.persist();
        return views(List.of(run), today, language).get(0);
    }

    /** The run in progress (active or paused), after settling one whose last day has passed as completed. */
    private Optional<PracticeRun> inProgress(UUID coupleId, LocalDate today) {
        Optional<PracticeRun> open = PracticeRun
                .<PracticeRun>find("coupleId = ?1 and status in ('active', 'paused')", coupleId)
                .firstResultOptional();
        if (open.isPresent() && open.get().status(today) == RunStatus.COMPLETED) {
            open.get().status = RunStatus.COMPLETED.json();
            open.get().updatedAt = Timestamps.now();
            PracticeRun.flush();
            return Optional.empty();
        }
        return open;
    }

    private static void end(PracticeRun run, RunStatus status) {
        Instant now = Timestamps.now();
        run.status = status.json();
        run.endedAt = now;
        run.updatedAt = now;
    }

    @Transactional
    RunPage list(Callers caller, String coupleId, String limit, String cursor, String language) {
        CoupleAccess.Reader reader = access.reader(caller, coupleId, Optional.of(CounselorScope.SESSIONS),
                CounselorScope.SESSIONS.json());
        PageRequest request = paging.request("practice-runs", limit, cursor);
        Keyset keyset = Keyset.newestFirst("coupleId = :couple", Map.of("couple", reader.coupleId()), "createdAt",
                request);
        List<PracticeRun> rows = PracticeRun.<PracticeRun>find(keyset.query(), keyset.params()).page(0,
                request.fetchSize()).list();
        Page<PracticeRun> page = paging.page("practice-runs", request, rows, run -> Keyset.key(run.createdAt, run.id));
        LocalDate today = access.state(reader.coupleId()).today();
        return new RunPage(views(page.items(), today, language), page.nextCursor());
    }

    @Transactional
    RunView get(Callers caller, String coupleId, String runId, String language) {
        CoupleAccess.Reader reader = access.reader(caller, coupleId, Optional.of(CounselorScope.SESSIONS),
                CounselorScope.SESSIONS.json());
        PracticeRun run = find(reader.coupleId(), runId);
        return views(List.of(run), access.state(reader.coupleId()).today(), language).get(0);
    }

    /**
     * Moves a run: active ⇄ paused, and either of them to completed, abandoned or (assigned runs only) declined. The
     * last three are final. Asking for the status the run has changes nothing.
     */
    @Transactional
    RunView change(Callers caller, String coupleId, String runId, RunChange change, String language) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CoupleAccess.State state = access.lockedState(membership.coupleId());
        PracticeRun run = find(membership.coupleId(), runId);
        if (change == null || change.status() == null) {
            throw Problems.validation("/status", "required", "status is required.");
        }
        LocalDate today = state.today();
        RunStatus from = run.status(today);
        RunStatus to = change.status();
        if (from != to) {
            boolean open = from == RunStatus.ACTIVE || from == RunStatus.PAUSED;
            if (!open || to == RunStatus.ACTIVE && from != RunStatus.PAUSED) {
                throw Practice.illegal("run", from.json(), to.json());
            }
            if (to == RunStatus.DECLINED && !run.assigned) {
                throw PracticeProblem.NOT_ASSIGNED.exception();
            }
            if (to == RunStatus.ACTIVE && state.status() == CoupleStatus.PAUSED) {
                throw CoupleProblem.COUPLE_PAUSED.exception();
            }
            switch (to) {
                case ACTIVE, PAUSED -> {
                    run.status = to.json();
                    run.updatedAt = Timestamps.now();
                }
                default -> end(run, to);
            }
        }
        return views(List.of(run), today, language).get(0);
    }

    /** A run of this couple, for sessions; 422 names the field when there is none. */
    PracticeRun ofCouple(UUID coupleId, UUID runId) {
        return PracticeRun.<PracticeRun>find("id = ?1 and coupleId = ?2", runId, coupleId).firstResultOptional()
                .orElseThrow(
                        () -> Problems.validation("/runId", "unknown-run", "This couple has no run with this id."));
    }

    private static PracticeRun find(UUID coupleId, String runId) {
        return CoupleAccess.parse(runId)
                .flatMap(id -> PracticeRun.find("id = ?1 and coupleId = ?2", id, coupleId)
                        .<PracticeRun>firstResultOptional())
                .orElseThrow(RunService::notFound);
    }

    private List<RunView> views(List<PracticeRun> runs, LocalDate today, String language) {
        if (runs.isEmpty()) {
            return List.of();
        }
        Map<String, ExerciseBrief> briefs = catalogue.briefs(runs.stream().map(run -> run.exerciseId).toList(),
                language);
        Map<UUID, Long> completed = new HashMap<>();
        PracticeSession.getEntityManager().createQuery("""
                select s.runId, count(s) from PracticeSession s
                where s.runId in :runs and s.status = 'completed' group by s.runId""", Object[].class)
                .setParameter("runs", runs.stream().map(run -> run.id).toList()).getResultList()
                .forEach(row -> completed.put((UUID) row[0], (Long) row[1]));
        return runs.stream().map(run -> {
            Integer day = today.isBefore(run.startsOn) || today.isAfter(run.endsOn())
                    ? null
                    : (int) (today.toEpochDay() - run.startsOn.toEpochDay()) + 1;
            RunStatus status = run.status(today);
            if (status != RunStatus.ACTIVE && status != RunStatus.PAUSED) {
                day = null;
            }
            return new RunView(run.id, briefs.get(ExerciseCatalogue.briefKey(run.exerciseId, run.exerciseVersion)),
                    status, run.assigned, run.startsOn, run.endsOn(), run.days, day,
                    completed.getOrDefault(run.id, 0L), run.createdAt, run.updatedAt, run.endedAt);
        }).toList();
    }

    static ProblemException notFound() {
        return Problems.notFound("This couple has no practice run with this id.");
    }
}
