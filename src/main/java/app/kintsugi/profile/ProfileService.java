package app.kintsugi.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.kintsugi.platform.http.ETags;
import app.kintsugi.platform.http.MergePatch;
import app.kintsugi.platform.problem.JsonPointers;
import app.kintsugi.platform.problem.Problem.FieldError;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.problem.ShortTexts;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.reference.TimeZones;

@ApplicationScoped
@Transactional
class ProfileService {

    static final int DISPLAY_NAME_MAX = 60;
    private static final String DEFAULT_TIME_ZONE = "UTC";
    private static final String DEFAULT_LOCALE = "en";
    private static final Set<String> READ_ONLY = Set.of("id", "roles", "createdAt", "updatedAt");
    private static final Set<String> EDITABLE = Set.of("displayName", "timeZone", "locale");

    private final ProfileRepository profiles;
    private final ObjectMapper mapper;
    private final ProfileLocales locales;

    ProfileService(ProfileRepository profiles, ObjectMapper mapper, ProfileLocales locales) {
        this.profiles = profiles;
        this.mapper = mapper;
        this.locales = locales;
    }

    /** The caller's profile, created on first use from what the token says (or sensible defaults). */
    Profile current(Callers caller) {
        return profiles.findByIdentity(caller.issuer(), caller.subject()).orElseGet(() -> {
            profiles.insertIfAbsent(firstProfile(caller));
            return profiles.findByIdentity(caller.issuer(), caller.subject()).orElseThrow();
        });
    }

    Profile patch(Callers caller, String ifMatch, JsonNode patch) {
        Profile profile = current(caller);
        ETags.requireMatch(ifMatch, profile.version);
        refuseFieldsThatCannotChange(patch);

        ObjectNode merged = MergePatch.apply(editable(profile), patch);
        List<FieldError> errors = new ArrayList<>();
        for (String field : EDITABLE) {
            if (!merged.hasNonNull(field)) {
                errors.add(new FieldError("/" + field, "required", "This field cannot be removed."));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        ProfilePatch changes = read(merged);
        String displayName = changes.displayName() == null ? null : changes.displayName().strip();
        displayNameProblem(displayName).ifPresent(errors::add);
        if (!TimeZones.isSupported(changes.timeZone())) {
            errors.add(new FieldError("/timeZone", "invalid-time-zone",
                    "Use an IANA time zone id such as Europe/Lisbon; see GET /v1/time-zones."));
        }
        Optional<String> locale = normalizedLocale(changes.locale());
        if (locale.isEmpty()) {
            errors.add(new FieldError("/locale", "invalid-locale", "Use a BCP 47 language tag such as en or pt-BR."));
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        boolean changed = !displayName.equals(profile.displayName) || !changes.timeZone().equals(profile.timeZone)
                || !locale.get().equals(profile.locale);
        if (changed) {
            profile.displayName = displayName;
            profile.timeZone = changes.timeZone();
            profile.locale = locale.get();
            profile.updatedAt = Instant.now();
            profiles.flush();
            locales.forget(profile.issuer, profile.subject);
        }
        return profile;
    }

    static ProfileView view(Profile profile, Callers caller) {
        Set<PersonRole> roles = new TreeSet<>(Comparator.comparing(PersonRole::json));
        caller.roles().forEach(role -> PersonRole.of(role).ifPresent(roles::add));
        return new ProfileView(profile.id, profile.displayName, profile.timeZone, profile.locale, roles,
                profile.createdAt, profile.updatedAt);
    }

    private static void refuseFieldsThatCannotChange(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return; // MergePatch.apply answers that one
        }
        List<FieldError> errors = new ArrayList<>();
        patch.fieldNames().forEachRemaining(field -> {
            if (READ_ONLY.contains(field)) {
                errors.add(new FieldError("/" + field, "read-only", "This field is set by the server."));
            } else if (!EDITABLE.contains(field)) {
                errors.add(new FieldError("/" + field, "unknown-field", "A profile has no such field."));
            }
        });
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
    }

    private ObjectNode editable(Profile profile) {
        return mapper.valueToTree(new ProfilePatch(profile.displayName, profile.timeZone, profile.locale));
    }

    private ProfilePatch read(ObjectNode merged) {
        try {
            return mapper.treeToValue(merged, ProfilePatch.class);
        } catch (JsonMappingException e) {
            throw Problems.validation(JsonPointers.of(e), "invalid-type", "This field must be a string.");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A merged profile could not be read", e);
        }
    }

    private static Profile firstProfile(Callers caller) {
        Profile profile = new Profile();
        profile.id = UUID.randomUUID();
        profile.issuer = caller.issuer();
        profile.subject = caller.subject();
        profile.displayName = defaultDisplayName(caller);
        profile.timeZone = caller.claim("zoneinfo").filter(TimeZones::isSupported).orElse(DEFAULT_TIME_ZONE);
        profile.locale = caller.claim("locale").flatMap(ProfileService::normalizedLocale).orElse(DEFAULT_LOCALE);
        return profile;
    }

    /**
     * The first name a partner will see: the token's given or full name, or its user name unless that is an e-mail
     * address (not ours to show), or a neutral word.
     */
    private static String defaultDisplayName(Callers caller) {
        return caller.claim("given_name")
                .or(() -> caller.claim("name"))
                .or(() -> caller.claim("preferred_username").filter(name -> !name.contains("@")))
                .map(String::strip)
                .filter(name -> displayNameProblem(name).isEmpty())
                .orElse("Member");
    }

    static Optional<FieldError> displayNameProblem(String name) {
        return ShortTexts.problem("/displayName", "A display name", name, DISPLAY_NAME_MAX);
    }

    static Optional<String> normalizedLocale(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            String language = locale.getLanguage();
            boolean knownLanguage = language.length() == 3
                    || (language.length() == 2 && List.of(Locale.getISOLanguages()).contains(language));
            return knownLanguage ? Optional.of(locale.toLanguageTag()) : Optional.empty();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }
}
