package app.kintsugi.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import app.kintsugi.platform.problem.Problem.FieldError;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.problem.ShortTexts;

/** What makes an exercise draft acceptable; every problem is reported at once, by JSON pointer. */
final class ExerciseRules {

    static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final int MAX_ITEMS = 20;
    private static final int MAX_LINE = 500;

    private ExerciseRules() {
    }

    static void check(ExerciseDraft draft, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        if (creating || draft.slug() != null) {
            slug(draft.slug()).ifPresent(errors::add);
        }
        ShortTexts.problem("/title", "A title", draft.title(), 120).ifPresent(errors::add);
        ShortTexts.paragraphs("/summary", "A summary", draft.summary(), 600).ifPresent(errors::add);
        required("/category", draft.category(), errors);
        required("/cadence", draft.cadence(), errors);
        required("/intensity", draft.intensity(), errors);
        required("/involvesTouch", draft.involvesTouch(), errors);
        lines("/steps", draft.steps(), 1, MAX_ITEMS, errors);
        lines("/reflectionPrompts", draft.reflectionPrompts(), 0, 10, errors);
        lines("/safetyNotes", draft.safetyNotes(), 0, 10, errors);
        tags(draft.tags(), errors);
        Integer minutes = draft.durationMinutes();
        if (minutes == null || minutes < 1 || minutes > 240) {
            errors.add(new FieldError("/durationMinutes", "out-of-range", "durationMinutes is from 1 to 240."));
        }
        turns(draft, minutes, errors);
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
    }

    private static Optional<FieldError> slug(String slug) {
        if (slug == null || slug.isEmpty()) {
            return Optional.of(new FieldError("/slug", "required", "A slug is required to create."));
        }
        if (slug.length() > 60 || !SLUG.matcher(slug).matches()) {
            return Optional.of(new FieldError("/slug", "invalid-slug",
                    "A slug is lowercase letters and digits in words joined by single dashes, at most 60."));
        }
        return Optional.empty();
    }

    private static void required(String field, Object value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "required", field.substring(1) + " is required."));
        }
    }

    private static void lines(String field, List<String> values, int min, int max, List<FieldError> errors) {
        List<String> list = values == null ? List.of() : values;
        if (list.size() < min || list.size() > max) {
            errors.add(new FieldError(field, "count", field.substring(1) + " has " + min + " to " + max + " items."));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            ShortTexts.paragraphs(field + "/" + i, "An item", list.get(i), MAX_LINE).ifPresent(errors::add);
        }
    }

    private static void tags(List<String> tags, List<FieldError> errors) {
        List<String> list = tags == null ? List.of() : tags;
        if (list.size() > 10) {
            errors.add(new FieldError("/tags", "count", "tags has at most 10 items."));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String tag = list.get(i);
            if (tag == null || tag.length() > 30 || !SLUG.matcher(tag).matches()) {
                errors.add(new FieldError("/tags/" + i, "invalid-tag",
                        "A tag is lowercase words joined by dashes, at most 30 characters."));
            }
        }
        if (list.stream().distinct().count() < list.size()) {
            errors.add(new FieldError("/tags", "duplicate", "Each tag appears once."));
        }
    }

    private static void turns(ExerciseDraft draft, Integer minutes, List<FieldError> errors) {
        List<PlannedTurn> plan = draft.turnPlan() == null ? List.of() : draft.turnPlan();
        if (plan.isEmpty() || plan.size() > MAX_ITEMS) {
            errors.add(new FieldError("/turnPlan", "count", "turnPlan has 1 to 20 turns."));
            return;
        }
        long total = 0;
        for (int i = 0; i < plan.size(); i++) {
            String at = "/turnPlan/" + i;
            PlannedTurn turn = plan.get(i);
            if (turn == null) {
                errors.add(new FieldError(at, "required", "A turn cannot be null."));
                continue;
            }
            required(at + "/lead", turn.lead(), errors);
            required(at + "/mode", turn.mode(), errors);
            if (turn.seconds() == null || turn.seconds() < 10 || turn.seconds() > 7200) {
                errors.add(new FieldError(at + "/seconds", "out-of-range", "A turn lasts 10 to 7200 seconds."));
            } else {
                total += turn.seconds();
            }
            ShortTexts.problem(at + "/cue", "A cue", turn.cue(), 300).ifPresent(errors::add);
            if (turn.mode() == TurnMode.TOUCH && !Boolean.TRUE.equals(draft.involvesTouch())) {
                errors.add(new FieldError(at + "/mode", "touch-undeclared",
                        "A touch turn needs involvesTouch set to true."));
            }
        }
        if (minutes != null && total > minutes * 60L) {
            errors.add(new FieldError("/turnPlan", "too-long",
                    "The turns add up to more than durationMinutes (" + total + " s)."));
        }
        if (draft.category() == Category.TOUCH && !Boolean.TRUE.equals(draft.involvesTouch())) {
            errors.add(new FieldError("/involvesTouch", "touch-undeclared",
                    "A touch exercise needs involvesTouch set to true."));
        }
    }
}
