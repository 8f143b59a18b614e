package app.kintsugi.journal;

import app.kintsugi.platform.problem.ProblemType;

/**
 * The problems only the trust journal answers with; its couple-state problems are
 * {@link app.kintsugi.couple.CoupleProblem}.
 */
public enum JournalProblem implements ProblemType {

    NOT_AUTHOR(403, "not-author",
            "Only the entry's author can change it, choose who reads it or delete it."),
    ENTRY_IMMUTABLE(409,
            "entry-immutable", "An entry can be reworded for 24 hours after it was written; after that "
                    + "it stays as it is. You can still delete it, or write a new one."),
    DAY_FULL(409,
            "day-full", "You have " + JournalService.MAX_PER_DAY
                    + " entries for that day already; the journal keeps a few lines a day."),
    OWN_ENTRY(
            409, "own-entry",
            "Your partner acknowledges your entries; you acknowledge theirs.");

    private final Kind kind;

    JournalProblem(int status, String code, String detail) {
        this.kind = new Kind(status, code, detail);
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
