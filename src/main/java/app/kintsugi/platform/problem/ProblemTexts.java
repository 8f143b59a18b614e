package app.kintsugi.platform.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.kintsugi.platform.i18n.Texts;

/**
 * Says a problem's title, detail and field messages in the caller's language, from the bundle {@code problems}.
 *
 * <p>
 * Problems are raised in English all over the code (a feature's {@link ProblemType} detail, a throw site's own
 * sentence, a field message), and translated here, as the answer is written: the English bundle names every sentence,
 * so the English text itself finds its key. A sentence with values in it (a limit, a day, a field name) is written in
 * the bundle with placeholders, <code>{0}</code>, <code>{1}</code>; the English sentence is matched against it and its
 * values carried into the translation. A value is a single word or number, a list in brackets, or a noun the bundle
 * knows ({@code noun.*}, such as "A title"), which is translated too. A sentence the bundle does not know stays
 * English, and the answer's {@code Content-Language} says so. {@code type} and {@code code} never change.
 */
public final class ProblemTexts {

    /** The bundle of problem texts. */
    public static final String BUNDLE = "problems";

    /** A problem in one language, and the {@code Content-Language} its texts are in. */
    public record Localized(Problem problem, String contentLanguage) {
    }

    /** One sentence of the English bundle with placeholders, as a pattern. */
    private record Template(String key, Pattern pattern, List<Integer> order, int literal) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static final Pattern VALUE = Pattern.compile("\\S+|\\[[^\\]]*]");

    private static volatile Catalog catalog;

    private ProblemTexts() {
    }

    /** The problem with its texts in {@code language} where the bundle has them, and the languages they ended up in. */
    public static Localized localize(Problem problem, String language) {
        if (english(language)) {
            return new Localized(problem, "en");
        }
        List<String> said = new ArrayList<>();
        String title = say(problem.title(), language, said);
        String detail = say(problem.detail(), language, said);
        List<Problem.FieldError> errors = problem.errors() == null
                ? null
                : problem.errors().stream()
                        .map(error -> new Problem.FieldError(error.field(), error.code(),
                                say(error.message(), language, said)))
                        .toList();
        return new Localized(new Problem(problem.type(), title, problem.status(), detail, problem.instance(),
                problem.code(), problem.requestId(), errors), contentLanguage(language, said));
    }

    /**
     * {@code Content-Language} for texts said in these languages: the language asked for when every one is in it,
     * {@code en} when none is, and both ({@code es, en}) when some stayed English.
     */
    static String contentLanguage(String language, List<String> said) {
        boolean some = said.stream().anyMatch(language::equals);
        boolean all = said.stream().allMatch(language::equals);
        if (!some || english(language)) {
            return "en";
        }
        return all ? language : language + ", en";
    }

    /** An English problem text in {@code language}, or unchanged (and said to be English) when there is none. */
    public static Texts.Said say(String english, String language) {
        if (english == null || english(language)) {
            return new Texts.Said(english, "en");
        }
        Catalog known = catalog();
        String key = known.exact().get(english);
        if (key != null) {
            return Texts.find(BUNDLE, key, language).map(text -> new Texts.Said(text, language))
                    .orElseGet(() -> new Texts.Said(english, "en"));
        }
        for (Template template : known.templates()) {
            Matcher matcher = template.pattern().matcher(english);
            if (!matcher.matches()) {
                continue;
            }
            Optional<Texts.Said> said = fill(template, matcher, language, known);
            if (said.isPresent()) {
                return said.get();
            }
        }
        return new Texts.Said(english, "en");
    }

    /** The keys of the bundle whose English text is exactly this sentence, or matches it with values; for tests. */
    static Optional<String> keyOf(String english) {
        Catalog known = catalog();
        String key = known.exact().get(english);
        if (key != null) {
            return Optional.of(key);
        }
        return known.templates().stream()
                .filter(template -> template.pattern().matcher(english).matches())
                .map(Template::key)
                .findFirst();
    }

    private static String say(String english, String language, List<String> said) {
        if (english == null) {
            return null;
        }
        Texts.Said text = say(english, language);
        said.add(text.language());
        return text.text();
    }

    private static Optional<Texts.Said> fill(Template template, Matcher matcher, String language, Catalog known) {
        Optional<String> translated = Texts.find(BUNDLE, template.key(), language);
        List<String> values = new ArrayList<>();
        boolean whole = translated.isPresent();
        for (int group = 1; group <= matcher.groupCount(); group++) {
            String value = matcher.group(group);
            String noun = known.nouns().get(value);
            if (noun != null) {
                Optional<String> word = Texts.find(BUNDLE, noun, language);
                whole &= word.isPresent();
                values.add(word.orElse(value));
            } else if (VALUE.matcher(value).matches()) {
                values.add(value);
            } else {
                // Words in a placeholder that the bundle does not know: not this sentence.
                return Optional.empty();
            }
        }
        if (translated.isEmpty()) {
            return Optional.of(new Texts.Said(matcher.group(0), "en"));
        }
        String text = translated.get();
        for (int i = 0; i < template.order().size(); i++) {
            text = text.replace("{" + template.order().get(i) + "}", values.get(i));
        }
        return Optional.of(new Texts.Said(text, whole ? language : "en"));
    }

    private static boolean english(String language) {
        return language == null || language.equals("en") || language.startsWith("en-");
    }

    private static Catalog catalog() {
        Catalog known = catalog;
        if (known == null) {
            known = Catalog.of(Texts.entries(BUNDLE, "en"));
            catalog = known;
        }
        return known;
    }

    /** The English bundle, indexed by sentence. */
    private record Catalog(Map<String, String> exact, List<Template> templates, Map<String, String> nouns) {

        static Catalog of(Map<String, String> english) {
            Map<String, String> exact = new HashMap<>();
            Map<String, String> nouns = new HashMap<>();
            List<Template> templates = new ArrayList<>();
            english.forEach((key, text) -> {
                if (key.startsWith("noun.")) {
                    nouns.putIfAbsent(text, key);
                    return;
                }
                Matcher placeholder = PLACEHOLDER.matcher(text);
                if (!placeholder.find()) {
                    exact.putIfAbsent(text, key);
                    return;
                }
                placeholder.reset();
                StringBuilder regex = new StringBuilder();
                List<Integer> order = new ArrayList<>();
                int at = 0;
                int literal = 0;
                while (placeholder.find()) {
                    String before = text.substring(at, placeholder.start());
                    regex.append(Pattern.quote(before)).append("(.+?)");
                    literal += before.length();
                    order.add(Integer.parseInt(placeholder.group(1)));
                    at = placeholder.end();
                }
                regex.append(Pattern.quote(text.substring(at)));
                literal += text.length() - at;
                templates.add(new Template(key, Pattern.compile(regex.toString(), Pattern.DOTALL), order, literal));
            });
            // The most specific sentence first: "{0} is required: 1 to 10." before "{0} is required.".
            templates.sort(Comparator.comparingInt(Template::literal).reversed());
            return new Catalog(Map.copyOf(exact), List.copyOf(templates), Map.copyOf(nouns));
        }
    }
}
