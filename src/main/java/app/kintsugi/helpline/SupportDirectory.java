package app.kintsugi.helpline;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.http.ETags;
import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.Problem.FieldError;
import app.kintsugi.platform.problem.ProblemException;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.problem.ShortTexts;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.platform.security.Roles;
import app.kintsugi.profile.People;
import app.kintsugi.profile.RequestLanguage;

/**
 * The directory of support and safety resources: admins curate it, everyone signed in reads it.
 *
 * <p>
 * Reading is deliberately without side effects: nothing is recorded about who looked for help, nothing touches a
 * couple, and nothing is sent to anyone. A person checking for a helpline may be watched by the partner they need help
 * with.
 */
@ApplicationScoped
class SupportDirectory {

    /** The country code of resources that serve every country (ISO 3166-1 user-assigned, "unknown or unspecified"). */
    static final String INTERNATIONAL = "ZZ";

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Pattern COUNTRY = Pattern.compile("^[A-Za-z]{2}$");
    /** The ETag of a read with a translated description: version, dash, language. */
    private static final Pattern TRANSLATED_TAG = Pattern.compile("\"([0-9]+)-[A-Za-z]{2,3}(?:-[A-Za-z]{2})?\"");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()\\-]{1,29}$");

    private final EntityManager em;
    private final Paging paging;
    private final People people;
    private final RequestLanguage requestLanguage;
    private final SupportTranslations translations;

    SupportDirectory(EntityManager em, Paging paging, People people, RequestLanguage requestLanguage,
            SupportTranslations translations) {
        this.em = em;
        this.paging = paging;
        this.people = people;
        this.requestLanguage = requestLanguage;
        this.translations = translations;
    }

    /** List filters, already parsed; empty means no filter. */
    record Filter(Optional<String> country, Optional<String> language, Optional<SupportResourceKind> kind) {
    }

    /** A resource with the version its ETag is made of. */
    record Versioned(SupportResourceView view, long version) {

        /**
         * The strong ETag of this representation: the version, with the description's language after it when that is a
         * translation ({@code "7-es"}), since that answer differs from the resource's own.
         */
        EntityTag tag() {
            return translated(view)
                    ? new EntityTag(version + "-" + view.descriptionLanguage())
                    : ETags.of(version);
        }
    }

    /** A page of resources as a reader gets it, with the value of its {@code Content-Language}. */
    record Shown(SupportResourcePage page, Optional<String> contentLanguage) {
    }

    /** Whether a view's description is a translation rather than the resource's own. */
    static boolean translated(SupportResourceView view) {
        return !view.descriptionLanguage().equals(view.language());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reading

    /**
     * Active resources for a country (the filter's, else the region of the caller's profile locale) and the
     * international ones after them; with no country known, the international ones first and then every country's.
     * Three statements whatever the page size: the keyset query, then the page's rows, then the translations readers
     * may get of them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Shown list(Callers caller, String acceptLanguage, Filter filter, String limit, String cursor) {
        Optional<String> home = filter.country().or(() -> regionOf(caller));
        String first = home.orElse(INTERNATIONAL);
        String list = "support-resources:" + home.orElse("*") + ":" + filter.language().orElse("*") + ":"
                + filter.kind().map(SupportResourceKind::json).orElse("*");
        PageRequest request = paging.request(list, limit, cursor);

        Map<String, Object> params = new HashMap<>();
        params.put("first", first);
        StringBuilder where = new StringBuilder("r.retired_at is null");
        if (home.isPresent() && !home.get().equals(INTERNATIONAL)) {
            where.append(" and r.country in (:first, '").append(INTERNATIONAL).append("')");
        } else if (home.isPresent()) {
            where.append(" and r.country = :first");
        }
        filter.language().ifPresent(language -> {
            // A resource in Portuguese serves whoever reads Portuguese, whatever the region of either tag.
            where.append(" and split_part(r.language, '-', 1) = :primary");
            params.put("primary", primary(language));
        });
        filter.kind().ifPresent(kind -> {
            where.append(" and r.kind = :kind");
            params.put("kind", kind.json());
        });
        StringBuilder sql = new StringBuilder("""
                select id, rank, country, sort_name from (
                    select r.id, case when r.country = :first then 0 else 1 end as rank, r.country,
                           lower(r.name) as sort_name
                    from support_resource r
                    where %s) found
                """.formatted(where));
        if (request.after().isPresent()) {
            List<String> after = request.after().get();
            sql.append(" where (rank, country, sort_name, id) > (:afterRank, :afterCountry, :afterName,"
                    + " cast(:afterId as uuid))");
            params.put("afterRank", Integer.parseInt(after.get(0)));
            params.put("afterCountry", after.get(1));
            params.put("afterName", after.get(2));
            params.put("afterId", after.get(3));
        }
        sql.append(" order by rank, country, sort_name, id");
        Query query = em.createNativeQuery(sql.toString(), Object[].class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> keys = query.setMaxResults(request.fetchSize()).getResultList();
        Page<Object[]> page = paging.page(list, request, keys, row -> List.of(String.valueOf(row[1]),
                (String) row[2], (String) row[3], row[0].toString()));

        List<UUID> ids = page.items().stream().map(row -> (UUID) row[0]).toList();
        Map<UUID, SupportResource> rows = ids.isEmpty()
                ? Map.of()
                : SupportResource.<SupportResource>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(resource -> resource.id, Function.identity()));
        Localizer localizer = new Localizer(acceptLanguage, caller, translations.served(ids));
        List<SupportResourceView> views = ids.stream().map(rows::get).map(localizer::view).toList();
        return new Shown(new SupportResourcePage(views, page.nextCursor()), contentLanguage(views));
    }

    /**
     * The language of a page: the one every description is in, else every language present, in order of first
     * appearance (RFC 9110 §8.5 allows a list); none for an empty page.
     */
    private static Optional<String> contentLanguage(List<SupportResourceView> views) {
        List<String> languages = views.stream().map(SupportResourceView::descriptionLanguage).distinct().toList();
        return languages.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", languages));
    }

    /**
     * Gives each resource's description in the caller's language when a translation readers may get exists: the choice
     * among the resource's own language and its served translations follows {@link RequestLanguage}, and when it
     * settles on a language the resource does not have (English by default), the resource's own language is used.
     * Resources with the same languages share one choice, so the caller's profile is read at most once per distinct set
     * of languages on the page, and not at all for resources without translations.
     */
    private final class Localizer {

        private final String acceptLanguage;
        private final Callers caller;
        private final Map<UUID, Map<String, String>> served;
        private final Map<Set<String>, String> chosen = new HashMap<>();

        Localizer(String acceptLanguage, Callers caller, Map<UUID, Map<String, String>> served) {
            this.acceptLanguage = acceptLanguage;
            this.caller = caller;
            this.served = served;
        }

        SupportResourceView view(SupportResource resource) {
            Map<String, String> texts = served.getOrDefault(resource.id, Map.of());
            if (texts.isEmpty()) {
                return SupportDirectory.view(resource, resource.description, resource.language);
            }
            Set<String> available = new LinkedHashSet<>();
            available.add(resource.language);
            available.addAll(texts.keySet());
            String language = chosen.computeIfAbsent(available,
                    languages -> requestLanguage.choose(acceptLanguage, caller, languages));
            String description = texts.get(language);
            return description == null
                    ? SupportDirectory.view(resource, resource.description, resource.language)
                    : SupportDirectory.view(resource, description, language);
        }
    }

    /** One resource; a retired one is visible to admins only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Versioned get(Callers caller, String acceptLanguage, String id) {
        SupportResource resource = find(id)
                .filter(found -> found.retiredAt == null || caller.roles().contains(Roles.ADMIN))
                .orElseThrow(SupportDirectory::notFound);
        Localizer localizer = new Localizer(acceptLanguage, caller, translations.served(List.of(resource.id)));
        return new Versioned(localizer.view(resource), resource.version);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Curating (admins)

    @Transactional
    Versioned create(SupportResourceDraft draft) {
        Clean clean = check(draft);
        SupportResource resource = new SupportResource();
        resource.id = UUID.randomUUID();
        resource.createdAt = Timestamps.now();
        apply(resource, clean);
        resource.persist();
        SupportResource.flush();
        return new Versioned(view(resource), resource.version);
    }

    /** Replaces every field; needs the ETag last read. A retired resource stays as it was. */
    @Transactional
    Versioned replace(String id, String ifMatch, SupportResourceDraft draft) {
        SupportResource resource = find(id).orElseThrow(SupportDirectory::notFound);
        requireSourceMatch(ifMatch, resource.version);
        if (resource.retiredAt != null) {
            throw HelplineProblem.RESOURCE_RETIRED.exception();
        }
        apply(resource, check(draft));
        SupportResource.flush();
        return new Versioned(view(resource), resource.version);
    }

    /** Hides the resource from everyone but admins; retiring it again changes nothing. */
    @Transactional
    void retire(String id, String ifMatch) {
        SupportResource resource = find(id).orElseThrow(SupportDirectory::notFound);
        if (ifMatch != null && !ifMatch.isBlank()) {
            // Retiring writes no description: the tag of a translated read is as good as the plain one.
            ETags.requireMatch(TRANSLATED_TAG.matcher(ifMatch).replaceAll("\"$1\""), resource.version);
        }
        if (resource.retiredAt == null) {
            resource.retiredAt = Timestamps.now();
            resource.updatedAt = resource.retiredAt;
        }
    }

    /**
     * {@code If-Match} for replacing a resource: its plain version tag. The tag of a read that gave a translated
     * description ({@code "7-es"}) answers 412 even for the current version, as sending that read back would put the
     * translation in place of the resource's own description.
     */
    private static void requireSourceMatch(String ifMatch, long version) {
        if (ifMatch != null && TRANSLATED_TAG.matcher(ifMatch).results()
                .anyMatch(tag -> tag.group(1).equals(Long.toString(version)))
                && Arrays.stream(ifMatch.split(",")).map(String::trim)
                        .noneMatch(tag -> tag.equals("*") || tag.equals("\"" + version + '"'))) {
            throw new ProblemException(412, "precondition-failed", Problems.title(412), "This ETag is of a read "
                    + "that gave the description in translation. Read the resource in its own language (send its "
                    + "language as Accept-Language), then edit it with that ETag.");
        }
        ETags.requireMatch(ifMatch, version);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Values

    /** A country query value: two letters naming an ISO 3166-1 country, or {@code ZZ}; upper-cased. */
    static Optional<String> country(String value) {
        if (value == null || !COUNTRY.matcher(value).matches()) {
            return Optional.empty();
        }
        String code = value.toUpperCase(Locale.ROOT);
        return code.equals(INTERNATIONAL) || COUNTRIES.contains(code) ? Optional.of(code) : Optional.empty();
    }

    /** A BCP 47 tag in its canonical form ({@code pt-BR}), if it is one with a known language. */
    static Optional<String> language(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
            String language = locale.getLanguage();
            boolean known = language.length() == 3 || language.length() == 2 && LANGUAGES.contains(language);
            return known ? Optional.of(locale.toLanguageTag()) : Optional.empty();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    /** The country of the caller's profile locale ({@code pt-BR} gives BR), when it names one. */
    private Optional<String> regionOf(Callers caller) {
        if (caller.roles().stream().noneMatch(Roles.PEOPLE::contains)) {
            return Optional.empty();
        }
        return people.localeOf(caller).map(tag -> Locale.forLanguageTag(tag).getCountry())
                .flatMap(SupportDirectory::country);
    }

    private Optional<SupportResource> find(String id) {
        try {
            return SupportResource.findByIdOptional(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record Clean(String country, String language, SupportResourceKind kind, String name, String description,
            String phone, String url, String hours, boolean available24h) {
    }

    private static Clean check(SupportResourceDraft draft) {
        if (draft == null) {
            throw Problems.validation("", "required", "Send the support resource as a JSON object.");
        }
        List<FieldError> errors = new ArrayList<>();
        Optional<String> country = country(draft.country());
        if (draft.country() == null) {
            errors.add(new FieldError("/country", "required", "country is required: an ISO 3166-1 code such as PT, "
                    + "or ZZ for every country."));
        } else if (country.isEmpty() || !draft.country().equals(country.get())) {
            errors.add(new FieldError("/country", "unknown-country",
                    "country is an ISO 3166-1 alpha-2 code in upper case, such as PT, or ZZ for every country."));
        }
        Optional<String> language = language(draft.language());
        if (draft.language() == null) {
            errors.add(new FieldError("/language", "required", "language is required, such as en or pt-BR."));
        } else if (language.isEmpty()) {
            errors.add(new FieldError("/language", "invalid-language",
                    "Use a BCP 47 language tag such as en or pt-BR."));
        }
        if (draft.kind() == null) {
            errors.add(new FieldError("/kind", "required", "kind is required."));
        }
        String name = draft.name() == null ? "" : draft.name().strip();
        ShortTexts.problem("/name", "A name", name, 120).ifPresent(errors::add);
        String description = draft.description() == null ? "" : draft.description().strip();
        ShortTexts.paragraphs("/description", "A description", description, 600).ifPresent(errors::add);
        String phone = optional(draft.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("/phone", "invalid-phone", "A phone number is written as it is dialled: "
                    + "digits, spaces, brackets and dashes, with an optional leading +, at most 30 characters."));
        }
        String url = optional(draft.url());
        if (url != null && !isWebAddress(url)) {
            errors.add(new FieldError("/url", "invalid-url",
                    "url is an absolute https address such as https://findahelpline.com, at most 500 characters."));
        }
        if (phone == null && url == null) {
            errors.add(new FieldError("/phone", "contact-required", "Give a phone number, a web address, or both."));
        }
        String hours = optional(draft.hours());
        if (hours != null) {
            ShortTexts.problem("/hours", "Opening hours", hours, 120).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        return new Clean(country.get(), language.get(), draft.kind(), name, description, phone, url, hours,
                Boolean.TRUE.equals(draft.available24h()));
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean isWebAddress(String value) {
        if (value.length() > 500 || value.codePoints().anyMatch(c -> Character.isWhitespace(c)
                || Character.isISOControl(c))) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getHost().contains(".")
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void apply(SupportResource resource, Clean clean) {
        resource.country = clean.country();
        resource.language = clean.language();
        resource.kind = clean.kind().json();
        resource.name = clean.name();
        resource.description = clean.description();
        resource.phone = clean.phone();
        resource.url = clean.url();
        resource.hours = clean.hours();
        resource.available24h = clean.available24h();
        resource.updatedAt = Timestamps.now();
    }

    private static SupportResourceView view(SupportResource resource) {
        return view(resource, resource.description, resource.language);
    }

    private static SupportResourceView view(SupportResource resource, String description, String language) {
        return new SupportResourceView(resource.id, resource.country, resource.country.equals(INTERNATIONAL),
                resource.language, SupportResourceKind.of(resource.kind), resource.name, description, language,
                resource.phone, resource.url, resource.hours, resource.available24h, resource.updatedAt,
                resource.retiredAt);
    }

    static ProblemException notFound() {
        return Problems.notFound("There is no support resource with this id.");
    }
}
