package app.kintsugi.exercise;

import app.kintsugi.platform.problem.ProblemType;

/** The problems only the exercise catalogue answers with; moving an exercise the wrong way is the common transition. */
enum ExerciseProblem implements ProblemType {

    SLUG_TAKEN(409, "slug-taken", "An exercise with this slug exists already; slugs never change."),

    EXERCISE_RETIRED(409, "exercise-retired", "A retired exercise cannot be edited; publish it again first.");

    private final Kind kind;

    ExerciseProblem(int status, String code, String detail) {
        this.kind = new Kind(status, code, detail);
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
