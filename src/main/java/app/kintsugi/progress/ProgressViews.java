package app.kintsugi.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What progress answers: figures to notice patterns by, never a score. */
public final class ProgressViews {

    private ProgressViews() {
    }

    @Schema(name = "ProgressSummary", description = "A couple's progress for a range of days, with the whole history's runs and milestones. No single score, by design.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(@Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to,
            @Schema(description = "Today in the couple's time zone.", required = true) LocalDate today,
            @Schema(description = "The couple's IANA time zone id, in which days are counted.", required = true, examples = "Europe/Lisbon") String timeZone,
            @Schema(required = true) Hearts hearts,
            @Schema(description = "For each partner, in the range.", required = true) List<Participation> partners,
            @Schema(description = "Practice runs completed in the range.", required = true) long practiceRunsCompleted,
            @Schema(description = "Journal weeks both partners read together, starting in the range.", required = true) long weeksReviewed,
            @Schema(description = "Setbacks written down in the range that the reader may read.", required = true) long setbacks,
            @Schema(description = "The last day either partner showed up; absent while neither has.") LocalDate lastActivityOn,
            @Schema(description = "Pulse directions the reader may see.", required = true) List<PulseTrend> pulse,
            @Schema(required = true) List<Milestone> milestones) {
    }

    @Schema(name = "ProgressHearts", description = "Heart days: days on which both partners showed up.")
    public record Hearts(@Schema(description = "In the 7 days up to today.", required = true) long last7Days,
            @Schema(description = "In the 28 days up to today.", required = true) long last28Days,
            @Schema(description = "In the range asked for.", required = true) long inRange,
            @Schema(description = "Heart days in a row up to yesterday or today; paused days are skipped, not breaks; today does not break it before it is over.", required = true) long currentRun,
            @Schema(description = "The longest such run so far.", required = true) long longestRun) {
    }

    @Schema(name = "ProgressParticipation", description = "How one partner took part in the range.")
    public record Participation(@Schema(required = true) UUID partnerId, @Schema(required = true) String name,
            @Schema(required = true) boolean yours,
            @Schema(description = "Days with at least one act of repair.", required = true) long daysShowedUp,
            @Schema(description = "Days with a session.", required = true) long sessionDays,
            @Schema(description = "Days with a journal entry the other partner can read.", required = true) long journalDays,
            @Schema(required = true) CommitmentTally commitments) {
    }

    @Schema(name = "CommitmentTally", description = "Occurrences due so far (past ones, and today's once marked): an unmarked past occurrence is due and not kept.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CommitmentTally(@Schema(required = true) long due, @Schema(required = true) long kept,
            @Schema(required = true) long partlyKept, @Schema(required = true) long missed,
            @Schema(required = true) long unmarked,
            @Schema(description = "kept / due, rounded to three decimals, from 0 to 1; absent when nothing was due.", minimum = "0", maximum = "1") Double keptRate) {
    }

    @Schema(name = "PulseTrend", description = "One partner's pulse: averages of the last 7 days and of the 28 before, and which way each moves.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PulseTrend(@Schema(required = true) UUID partnerId, @Schema(required = true) String name,
            @Schema(required = true) boolean yours,
            @Schema(description = "Averages of the last 7 days; absent without a check-in in them.") Ratings last7Days,
            @Schema(description = "Averages of the 28 days before those 7; absent without a check-in in them.") Ratings previous28Days,
            @Schema(description = "Which way each rating moved from the 28 days to the last 7; absent unless both windows have check-ins.") Directions direction) {
    }

    @Schema(name = "PulseRatings")
    public record Ratings(@Schema(required = true) double safe, @Schema(required = true) double trusting,
            @Schema(required = true) double close, @Schema(required = true) long checkIns) {
    }

    @Schema(name = "PulseDirections", description = "Which way each rating moves: by half a point or more up (`higher`) or down (`lower`), else `steady`.")
    public record Directions(@Schema(required = true) PulseDirection safe,
            @Schema(required = true) PulseDirection trusting, @Schema(required = true) PulseDirection close) {
    }

    /**
     * A milestone. Its {@code title} is said in the reader's language when answered: the service leaves it null (and so
     * out of a kept summary), and the resource names it with {@link #titled}.
     */
    @Schema(name = "Milestone", description = "A milestone, recorded the first time it was reached. Keys are stable: celebrate each once.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Milestone(
            @Schema(description = "Which milestone: a stable key, one per milestone.", required = true) MilestoneKey key,
            @Schema(description = "Its name to show, in the answer's `Content-Language`; it may change, the key never does.", required = true, examples = "Your first heart day") String title,
            @Schema(required = true) LocalDate reachedOn) {

        /** An unnamed milestone, as the service computes and keeps it. */
        Milestone(MilestoneKey key, LocalDate reachedOn) {
            this(key, null, reachedOn);
        }

        /** This milestone named in {@code language}. */
        Milestone titled(String language) {
            return new Milestone(key, key.title(language).text(), reachedOn);
        }

        @Schema(name = "MilestoneList", description = "Every milestone reached, in the order reached.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record List(@Schema(required = true) java.util.List<Milestone> items,
                @Schema(description = "Always absent: the list is short.") String nextCursor) {
        }
    }

    @Schema(name = "HeartDay", description = "One day of the trust tracker.")
    public record Day(@Schema(required = true) LocalDate date, @Schema(required = true) boolean heart,
            @Schema(description = "The partners who showed up that day.", required = true) java.util.List<UUID> showedUp,
            @Schema(description = "Whether the couple was paused at some moment of the day.", required = true) boolean paused) {

        @Schema(name = "HeartDays", description = "The trust tracker for a range of days, in order.")
        public record Range(@Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to,
                @Schema(required = true) java.util.List<Day> items) {
        }
    }

    @Schema(name = "CommitmentWeek", description = "One partner's commitments in one ISO week.")
    public record CommitmentWeek(@Schema(description = "The Monday of the week.", required = true) LocalDate week,
            @Schema(required = true) UUID partnerId, @Schema(required = true) String name,
            @Schema(required = true) boolean yours, @Schema(required = true) CommitmentTally tally) {

        @Schema(name = "CommitmentWeeks", description = "Kept-commitment figures per partner and week.")
        public record Range(@Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to,
                @Schema(required = true) java.util.List<CommitmentWeek> items) {
        }
    }

    @Schema(name = "PulseWeek", description = "One partner's weekly pulse averages.")
    public record PulseWeek(@Schema(description = "The Monday of the week.", required = true) LocalDate week,
            @Schema(required = true) UUID partnerId, @Schema(required = true) String name,
            @Schema(required = true) boolean yours, @Schema(required = true) Ratings averages) {

        @Schema(name = "PulseWeeks", description = "Weekly pulse averages: the reader's own, and the partner's shared ones.")
        public record Range(@Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to,
                @Schema(required = true) java.util.List<PulseWeek> items) {
        }
    }

    @Schema(name = "Setback", description = "A setback written down, and how soon the next heart day came.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Setback(@Schema(description = "The journal entry.", required = true) UUID entryId,
            @Schema(required = true) UUID partnerId, @Schema(required = true) LocalDate writtenOn,
            @Schema(description = "Days from the setback to the next heart day; absent while none came yet.") Integer daysToNextHeart) {

        @Schema(name = "Setbacks", description = "Setbacks in a range, in order. A setback never erases what came before it.")
        public record Range(@Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to,
                @Schema(required = true) java.util.List<Setback> items) {
        }
    }

    @Schema(name = "CounselorCoupleProgress", description = "One couple as a counselor with the `progress` scope sees it.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Overview(@Schema(required = true) UUID coupleId,
            @Schema(description = "The couple's name; absent when the partners gave it none.") String name,
            @Schema(description = "The last day either partner showed up; absent while neither has.") LocalDate lastActivityOn,
            @Schema(required = true) long heartsLast28Days,
            @Schema(description = "Directions of the pulses shared with this counselor, over both partners; absent unless check-ins were shared in both the last 7 days and the 28 before.") Directions sharedPulse,
            @Schema(description = "Reasons to look closer; empty when there are none.", required = true) java.util.List<AttentionFlag> attention) {

        @Schema(name = "CounselorProgressPage", description = "A page of the counselor's couples with the `progress` scope; a page may hold fewer than `limit` when grants without it are skipped.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Page(@Schema(required = true) java.util.List<Overview> items,
                @Schema(description = "Pass as `cursor` for the next page; absent on the last page.") String nextCursor) {
        }
    }
}
