package app.kintsugi.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.kintsugi.exercise.ExerciseVersion;
import app.kintsugi.exercise.TurnLead;
import app.kintsugi.exercise.TurnMode;

/**
 * The concrete schedule of a session: where each turn of the plan falls in wall-clock time, given when the session
 * started and every pause since. The timer counts active time only; each pause pushes every turn not yet reached back
 * by its length. While paused, the open pause is taken to end now, so the remaining times are a projection.
 */
final class Schedule {

    private Schedule() {
    }

    /** The timer's figures and the turns, as of {@code now}. */
    record Timing(long activeSeconds, long pausedSeconds, Integer currentTurn, List<ScheduledTurn> turns,
            int plannedSeconds) {
    }

    static Timing of(PracticeSession session, List<ExerciseVersion.Turn> plan, List<String> cues, Instant now) {
        Instant end = session.endedAt != null ? session.endedAt : now;
        // Each pause as (position on the active timer, length), in order.
        List<long[]> pauses = new ArrayList<>();
        long pausedBefore = 0;
        for (PracticeSession.Pause pause : session.pauses) {
            Instant until = pause.resumedAt() != null ? pause.resumedAt() : end;
            long position = Duration.between(session.startedAt, pause.pausedAt()).toMillis() - pausedBefore;
            long length = Math.max(0, Duration.between(pause.pausedAt(), until).toMillis());
            pauses.add(new long[]{position, length});
            pausedBefore += length;
        }
        long active = Math.max(0, Duration.between(session.startedAt, end).toMillis() - pausedBefore);
        SessionStatus status = session.lifecycle();
        boolean ended = status == SessionStatus.COMPLETED || status == SessionStatus.STOPPED;
        List<ScheduledTurn> turns = new ArrayList<>();
        long offset = 0;
        Integer current = null;
        int planned = 0;
        for (int i = 0; i < plan.size(); i++) {
            ExerciseVersion.Turn turn = plan.get(i);
            long from = offset;
            long to = offset + turn.seconds() * 1000L;
            TurnState state;
            if (active >= to) {
                state = TurnState.DONE;
            } else if (active >= from) {
                state = ended ? TurnState.DONE : TurnState.CURRENT;
                if (!ended && status == SessionStatus.RUNNING) {
                    current = i;
                }
            } else {
                state = ended ? TurnState.SKIPPED : TurnState.UPCOMING;
            }
            Integer actual = ended ? actualSeconds(session, i, from, to, active) : null;
            TurnLead lead = TurnLead.of(turn.lead());
            UUID leader = switch (lead) {
                case PARTNER_A -> session.leadA;
                case PARTNER_B -> session.leadB;
                case TOGETHER -> null;
            };
            turns.add(new ScheduledTurn(i, leader, lead == TurnLead.TOGETHER, TurnMode.of(turn.mode()),
                    turn.seconds(), i < cues.size() ? cues.get(i) : "",
                    wallClock(session.startedAt, from, pauses, true), wallClock(session.startedAt, to, pauses, false),
                    state, actual));
            offset = to;
            planned += turn.seconds();
        }
        return new Timing(active / 1000, pausedBefore / 1000, current, turns, planned);
    }

    /**
     * The wall-clock instant at which the active timer reads {@code position}: the start plus the position plus every
     * pause taken before it. A pause taken exactly at a turn boundary delays the next turn's start, not the previous
     * turn's end.
     */
    private static Instant wallClock(Instant start, long position, List<long[]> pauses, boolean starting) {
        long shift = 0;
        for (long[] pause : pauses) {
            if (starting ? pause[0] <= position : pause[0] < position) {
                shift += pause[1];
            }
        }
        return start.plusMillis(position + shift);
    }

    /** Seconds a turn took: as recorded when completing, or what the timer covered of it. */
    private static Integer actualSeconds(PracticeSession session, int index, long from, long to, long active) {
        if (session.actualTurnSeconds != null && index < session.actualTurnSeconds.length) {
            return session.actualTurnSeconds[index];
        }
        return (int) (Math.max(0, Math.min(to, active) - from) / 1000);
    }

    /** The per-turn seconds the timer covered, for storing when a session ends without client figures. */
    static Integer[] derivedActuals(PracticeSession session, List<ExerciseVersion.Turn> plan, Instant now) {
        Timing timing = of(session, plan, List.of(), now);
        return timing.turns().stream().map(ScheduledTurn::actualSeconds).toArray(Integer[]::new);
    }
}
