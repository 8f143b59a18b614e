package app.kintsugi.practice;

import java.time.Instant;
import java.util.ArrayList;
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
import app.kintsugi.couple.Partner;
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

/**
 * Timed sessions, and each partner's own choice about touch exercises. Either partner may pause, resume, complete or
 * stop a session at any moment; nothing records which of them did.
 */
@ApplicationScoped
class SessionService {

    private static final int MAX_TURN_SECONDS = 7200;

    private final CoupleAccess access;
    private final ExerciseCatalogue catalogue;
    private final RunService runs;
    private final Paging paging;

    SessionService(CoupleAccess access, ExerciseCatalogue catalogue, RunService runs, Paging paging) {
        this.access = access;
        this.catalogue = catalogue;
        this.runs = runs;
        this.paging = paging;
    }

    @Transactional
    SessionView open(Callers caller, String coupleId, NewSession body, String language) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CoupleAccess.State state = access.lockedState(membership.coupleId());
        Practice.requireOpen(state);
        if (body == null || (body.runId() == null) == (body.exercise() == null)) {
            throw Problems.validation("/exercise", "required",
                    "Name an exercise, or a run to practise (runId), but not both.");
        }
        ExerciseCatalogue.Practicable exercise;
        UUID runId = null;
        if (body.runId() != null) {
            PracticeRun run = runs.ofCouple(membership.coupleId(), body.runId());
            if (run.status(state.today()) != RunStatus.ACTIVE || state.today().isBefore(run.startsOn)) {
                throw PracticeProblem.RUN_NOT_ACTIVE.exception();
            }
            exercise = catalogue.practicable(run.exerciseId, run.exerciseVersion);
            runId = run.id;
        } else {
            exercise = catalogue.practicable(body.exercise()).orElseThrow(() -> Problems.validation("/exercise",
                    "unknown-exercise", "No published exercise has this slug."));
        }
        if (exercise.involvesTouch()) {
            Practice.requireTouchOpen(state);
        }
        if (PracticeSession.count("coupleId = ?1 and status in ('running', 'paused')", membership.coupleId()) > 0) {
            throw PracticeProblem.SESSION_OPEN.exception();
        }
        UUID me = membership.profileId();
        UUID other = state.partners().stream().map(partner -> partner.profileId).filter(id -> !id.equals(me))
                .findFirst().orElseThrow();
        boolean partnerFirst = body.firstLead() == FirstLead.PARTNER;
        Instant now = Timestamps.now();
        PracticeSession session = new PracticeSession();
        session.id = UUID.randomUUID();
        session.coupleId = membership.coupleId();
        session.runId = runId;
        session.exerciseId = exercise.exerciseId();
        session.exerciseVersion = exercise.version();
        session.status = SessionStatus.RUNNING.json();
        session.leadA = partnerFirst ? other : me;
        session.leadB = partnerFirst ? me : other;
        session.startedAt = now;
        session.updatedAt = now;
        session.persist();
        return view(session, language, now);
    }

    @Transactional
    SessionPage list(Callers caller, String coupleId, String limit, String cursor, String language) {
        CoupleAccess.Reader reader = access.reader(caller, coupleId, Optional.of(CounselorScope.SESSIONS),
                CounselorScope.SESSIONS.json());
        PageRequest request = paging.request("sessions", limit, cursor);
        Keyset keyset = Keyset.newestFirst("coupleId = :couple", Map.of("couple", reader.coupleId()), "startedAt",
                request);
        List<PracticeSession> rows = PracticeSession.<PracticeSession>find(keyset.query(), keyset.params())
                .page(0, request.fetchSize()).list();
        Page<PracticeSession> page = paging.page("sessions", request, rows,
                session -> Keyset.key(session.startedAt, session.id));
        Instant now = Timestamps.now();
        Map<String, ExerciseBrief> briefs = catalogue
                .briefs(page.items().stream().map(session -> session.exerciseId).distinct().toList(), language);
        List<UUID> exerciseIds = page.items().stream().map(session -> session.exerciseId).distinct().toList();
        Map<String, ExerciseCatalogue.Plan> plans = catalogue.plans(exerciseIds, language);
        Optional<UUID> only = onlyOwnId(reader);
        List<SessionView> views = new ArrayList<>();
        for (PracticeSession session : page.items()) {
            views.add(hideOthers(view(session, briefs, plans, now), only));
        }
        return new SessionPage(views, page.nextCursor());
    }

    @Transactional
    SessionView get(Callers caller, String coupleId, String sessionId, String language) {
        CoupleAccess.Reader reader = access.reader(caller, coupleId, Optional.of(CounselorScope.SESSIONS),
                CounselorScope.SESSIONS.json());
        return hideOthers(view(find(reader.coupleId(), sessionId), language, Timestamps.now()), onlyOwnId(reader));
    }

    /** After a couple ended, nothing of one former partner reaches the other, not even their id in a schedule. */
    private Optional<UUID> onlyOwnId(CoupleAccess.Reader reader) {
        return reader.membership().filter(CoupleAccess.Membership::ended).map(m -> reader.profileId());
    }

    private static SessionView hideOthers(SessionView view, Optional<UUID> only) {
        if (only.isEmpty()) {
            return view;
        }
        List<ScheduledTurn> turns = view.schedule().stream()
                .map(turn -> turn.leadProfileId() == null || turn.leadProfileId().equals(only.get())
                        ? turn
                        : new ScheduledTurn(turn.index(), null, turn.together(), turn.mode(), turn.seconds(),
                                turn.cue(), turn.startsAt(), turn.endsAt(), turn.state(), turn.actualSeconds()))
                .toList();
        return new SessionView(view.id(), view.runId(), view.exercise(), view.status(), view.startedAt(),
                view.endedAt(), view.plannedSeconds(), view.activeSeconds(), view.pausedSeconds(), view.pauseCount(),
                view.currentTurn(), view.projected(), turns);
    }

    /**
     * Moves a session: running ⇄ paused at any moment, and either of them to completed or stopped, which are final.
     * Resuming needs the couple not paused and, for a touch exercise, both partners' choice still in place.
     */
    @Transactional
    SessionView change(Callers caller, String coupleId, String sessionId, SessionChange change, String language) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CoupleAccess.State state = access.lockedState(membership.coupleId());
        PracticeSession session = find(membership.coupleId(), sessionId);
        if (change == null || change.status() == null) {
            throw Problems.validation("/status", "required", "status is required.");
        }
        ExerciseCatalogue.Practicable exercise = catalogue.practicable(session.exerciseId, session.exerciseVersion);
        SessionStatus from = session.lifecycle();
        SessionStatus to = change.status();
        if (change.actualTurnSeconds() != null) {
            checkActuals(to, change.actualTurnSeconds(), exercise.turnPlan().size());
        }
        Instant now = Timestamps.now();
        if (from != to) {
            boolean ended = from == SessionStatus.COMPLETED || from == SessionStatus.STOPPED;
            if (ended || to == SessionStatus.RUNNING && from != SessionStatus.PAUSED) {
                throw Practice.illegal("session", from.json(), to.json());
            }
            if (to == SessionStatus.RUNNING) {
                if (state.status() == CoupleStatus.PAUSED) {
                    throw CoupleProblem.COUPLE_PAUSED.exception();
                }
                if (exercise.involvesTouch()) {
                    Practice.requireTouchOpen(state);
                }
            }
            move(session, to, now);
            if (to == SessionStatus.COMPLETED && change.actualTurnSeconds() != null) {
                session.actualTurnSeconds = change.actualTurnSeconds().toArray(Integer[]::new);
            } else if (to == SessionStatus.COMPLETED || to == SessionStatus.STOPPED) {
                session.actualTurnSeconds = Schedule.derivedActuals(session, exercise.turnPlan(), now);
            }
        }
        return view(session, language, now);
    }

    private static void checkActuals(SessionStatus to, List<Integer> actuals, int turns) {
        List<FieldError> errors = new ArrayList<>();
        if (to != SessionStatus.COMPLETED) {
            errors.add(new FieldError("/actualTurnSeconds", "only-when-completing",
                    "actualTurnSeconds is sent only with status completed."));
        } else if (actuals.size() != turns) {
            errors.add(new FieldError("/actualTurnSeconds", "count",
                    "actualTurnSeconds has one entry per turn of the plan (" + turns + ")."));
        } else {
            for (int i = 0; i < actuals.size(); i++) {
                Integer seconds = actuals.get(i);
                if (seconds == null || seconds < 0 || seconds > MAX_TURN_SECONDS) {
                    errors.add(new FieldError("/actualTurnSeconds/" + i, "out-of-range",
                            "A turn took 0 to " + MAX_TURN_SECONDS + " seconds."));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
    }

    /** Applies a legal move: pausing opens a pause span, resuming or ending closes the open one. */
    private static void move(PracticeSession session, SessionStatus to, Instant now) {
        List<PracticeSession.Pause> pauses = new ArrayList<>(session.pauses);
        if (to == SessionStatus.PAUSED) {
            pauses.add(new PracticeSession.Pause(now, null));
        } else if (!pauses.isEmpty() && pauses.get(pauses.size() - 1).resumedAt() == null) {
            PracticeSession.Pause open = pauses.remove(pauses.size() - 1);
            pauses.add(new PracticeSession.Pause(open.pausedAt(), now));
        }
        session.pauses = pauses;
        session.status = to.json();
        session.updatedAt = now;
        if (to == SessionStatus.COMPLETED || to == SessionStatus.STOPPED) {
            session.endedAt = now;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Each partner's own touch choice

    @Transactional
    PreferencesView preferences(Callers caller, String coupleId) {
        CoupleAccess.Membership membership = access.partner(caller, coupleId);
        return new PreferencesView(membership.partner().touchOptIn,
                Practice.touchOpen(access.state(membership.coupleId())));
    }

    /**
     * Sets the caller's touch choice. Withdrawing it pauses a touch session under way at once: consent ends the moment
     * it is withdrawn, and the session can resume only when both choose touch again.
     */
    @Transactional
    PreferencesView setPreferences(Callers caller, String coupleId, PracticePreferences preferences) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        if (preferences == null || preferences.touchExercises() == null) {
            throw Problems.validation("/touchExercises", "required", "Send true or false.");
        }
        CoupleAccess.State state = access.lockedState(membership.coupleId());
        Partner me = state.partner(membership.profileId()).orElseThrow();
        me.touchOptIn = preferences.touchExercises();
        if (!me.touchOptIn) {
            Instant now = Timestamps.now();
            PracticeSession.<PracticeSession>find("coupleId = ?1 and status = 'running'", membership.coupleId())
                    .firstResultOptional()
                    .filter(session -> catalogue.practicable(session.exerciseId, session.exerciseVersion)
                            .involvesTouch())
                    .ifPresent(session -> move(session, SessionStatus.PAUSED, now));
        }
        return new PreferencesView(me.touchOptIn, Practice.touchOpen(state));
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A session of this couple, or 404. */
    static PracticeSession find(UUID coupleId, String sessionId) {
        return CoupleAccess.parse(sessionId)
                .flatMap(id -> PracticeSession.find("id = ?1 and coupleId = ?2", id, coupleId)
                        .<PracticeSession>firstResultOptional())
                .orElseThrow(SessionService::notFound);
    }

    private SessionView view(PracticeSession session, String language, Instant now) {
        List<UUID> exercise = List.of(session.exerciseId);
        return view(session, catalogue.briefs(exercise, language), catalogue.plans(exercise, language), now);
    }

    private SessionView view(PracticeSession session, Map<String, ExerciseBrief> briefs,
            Map<String, ExerciseCatalogue.Plan> plans, Instant now) {
        String key = ExerciseCatalogue.briefKey(session.exerciseId, session.exerciseVersion);
        ExerciseCatalogue.Plan plan = plans.get(key);
        Schedule.Timing timing = Schedule.of(session, plan.turns(), plan.cues(), now);
        return new SessionView(session.id, session.runId,
                briefs.get(ExerciseCatalogue.briefKey(session.exerciseId, session.exerciseVersion)),
                session.lifecycle(), session.startedAt, session.endedAt, timing.plannedSeconds(),
                timing.activeSeconds(), timing.pausedSeconds(), session.pauses.size(), timing.currentTurn(),
                session.lifecycle() == SessionStatus.PAUSED, timing.turns());
    }

    static ProblemException notFound() {
        return Problems.notFound("This couple has no session with this id.");
    }
}
