package app.kintsugi.agreement;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.kintsugi.counselor.CounselorScope;
import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.couple.CoupleProblem;
import app.kintsugi.couple.CoupleStatus;
import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.crypto.IntimateText;
import app.kintsugi.platform.http.ETags;
import app.kintsugi.platform.paging.Keyset;
import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.CommonProblem;
import app.kintsugi.platform.problem.Problem.FieldError;
import app.kintsugi.platform.problem.ProblemException;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.problem.ShortTexts;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.profile.People;

/**
 * Boundary agreements and their versions: proposing, accepting (a version takes effect once both partners accepted it),
 * revising and reopening while the version in force stays in force, and the review date that follows each version
 * taking effect.
 */
@ApplicationScoped
class AgreementService {

    static final String TITLE = "agreement_version.title";
    static final String TERMS = "agreement_version.terms";
    static final int MAX_TITLE = 80;
    static final int MAX_TERMS = 2000;
    static final int DEFAULT_REVIEW_MONTHS = 1;
    static final int MAX_REVIEW_MONTHS = 12;
    /** Details of the shared problem kinds, as agreements say them; the contract documents the same words. */
    static final String FORMING = "Agreements are made by both partners: they open once your partner has joined.";
    static final String PAUSED = "The couple is paused: agreements stay as they are, and the versions in force stay in "
            + "force, until the pause ends.";
    static final String ONLY_REOPEN = "An agreement comes into force only when both of you accept a version. To "
            + "revisit it, set its status to underReview.";
    private static final String LIST = "agreements";
    private static final String VERSIONS = "agreement-versions";

    private final CoupleAccess access;
    private final IntimateText intimate;
    private final People people;
    private final Paging paging;

    AgreementService(CoupleAccess access, IntimateText intimate, People people, Paging paging) {
        this.access = access;
        this.intimate = intimate;
        this.people = people;
        this.paging = paging;
    }

    /** An agreement with the version its ETag is made of. */
    record Versioned(AgreementView view, long version) {
    }

    /** The filters of a list, already validated. */
    record Filters(Optional<AgreementTopic> topic, Optional<AgreementStatus> status, Optional<Boolean> due) {
    }

    /** Creates an agreement with its first version; proposing it counts as the proposer's acceptance. */
    @Transactional
    Versioned create(Callers caller, String coupleId, NewAgreement body) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CoupleAccess.State state = access.lockedState(membership.coupleId());
        requireBothPresent(state);
        if (body == null) {
            throw Problems.validation("", "required", "Send the agreement as a JSON object.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (body.topic() == null) {
            errors.add(new FieldError("/topic", "required", "topic is required."));
        }
        String title = title(body.title(), errors);
        String terms = terms(body.terms(), errors);
        int months = months(body.reviewEveryMonths(), DEFAULT_REVIEW_MONTHS, errors);
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }

        Instant now = Timestamps.now();
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.coupleId = membership.coupleId();
        agreement.topic = body.topic().json();
        agreement.createdBy = membership.profileId();
        agreement.createdAt = now;
        agreement.updatedAt = now;
        agreement.latestVersion = 1;
        agreement.pendingVersion = 1;
        agreement.persist();
        AgreementVersion version = addVersion(agreement, 1, VersionOrigin.PROPOSAL,
                intimate.seal(agreement.coupleId, TITLE, title), intimate.seal(agreement.coupleId, TERMS, terms),
                months, membership.profileId(), now);
        addAcceptance(version, membership.profileId(), now);
        Agreement.flush();
        return new Versioned(view(agreement, Reading.partner(membership, state)), agreement.version);
    }

    @Transactional
    AgreementPage list(Callers caller, String coupleId, Filters filters, String limit, String cursor) {
        Reading reading = reading(caller, coupleId);
        Map<String, Object> params = reading.agreementParams();
        StringBuilder filter = new StringBuilder(reading.agreementFilter());
        filters.topic().ifPresent(topic -> {
            filter.append(" and a.topic = :topic");
            params.put("topic", topic.json());
        });
        filters.status().ifPresent(status -> filter.append(switch (status) {
            case PROPOSED -> " and a.inForceVersion is null";
            case IN_FORCE -> " and a.inForceVersion is not null and a.pendingVersion is null";
            case UNDER_REVIEW -> " and a.inForceVersion is not null and a.pendingVersion is not null";
        }));
        PageRequest request = paging.request(LIST, limit, cursor);
        if (filters.due().isPresent() && reading.ended()) {
            // Nothing is reviewed after the end: no agreement is due any more.
            if (filters.due().get()) {
                return new AgreementPage(List.of(), null);
            }
        } else if (filters.due().isPresent()) {
            filter.append(filters.due().get()
                    ? " and a.reviewOn <= :today"
                    : " and (a.reviewOn is null or a.reviewOn > :today)");
            params.put("today", reading.today());
        }
        Keyset keyset = Keyset.newestFirst(filter.toString(), params, "a.createdAt", request);
        List<Agreement> rows = Agreement.<Agreement>find("from Agreement a where " + keyset.query(), keyset.params())
                .page(0, request.fetchSize()).list();
        Page<Agreement> page = paging.page(LIST, request, rows,
                agreement -> Keyset.key(agreement.createdAt, agreement.id));
        return new AgreementPage(views(page.items(), reading), page.nextCursor());
    }

    @Transactional
    Versioned get(Callers caller, String coupleId, String agreementId) {
        Reading reading = reading(caller, coupleId);
        Agreement agreement = find(reading, agreementId);
        return new Versioned(view(agreement, reading), agreement.version);
    }

    @Transactional
    AgreementVersionPage versions(Callers caller, String coupleId, String agreementId, String limit, String cursor) {
        Reading reading = reading(caller, coupleId);
        Agreement agreement = find(reading, agreementId);
        PageRequest request = paging.request(VERSIONS, limit, cursor);
        Map<String, Object> params = reading.readerParams();
        params.put("agreement", agreement.id);
        StringBuilder query = new StringBuilder("from AgreementVersion v where v.agreementId = :agreement")
                .append(reading.versionFilter());
        if (request.after().isPresent()) {
            query.append(" and v.number < :after");
            params.put("after", afterNumber(request.after().get()));
        }
        query.append(" order by v.number desc");
        List<AgreementVersion> rows = AgreementVersion.<AgreementVersion>find(query.toString(), params)
                .page(0, request.fetchSize()).list();
        Page<AgreementVersion> page = paging.page(VERSIONS, request, rows,
                version -> List.of(Integer.toString(version.number)));
        return new AgreementVersionPage(versionViews(agreement, page.items(), reading), page.nextCursor());
    }

    @Transactional
    AgreementVersionView version(Callers caller, String coupleId, String agreementId, String number) {
        Reading reading = reading(caller, coupleId);
        Agreement agreement = find(reading, agreementId);
        AgreementVersion version = numbered(reading, agreement, number);
        return versionViews(agreement, List.of(version), reading).get(0);
    }

    /**
     * Proposes new terms. They wait for the partner's acceptance (the proposer's is implied) and set aside any version
     * still waiting; the version in force stays in force until both accepted the new one. An {@code If-Match}, when
     * sent, must name the agreement as the proposer last read it.
     */
    @Transactional
    AgreementVersionView propose(Callers caller, String coupleId, String agreementId, String ifMatch,
            AgreementRevision body) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CoupleAccess.State state = access.lockedState(membership.coupleId());
        requireBothPresent(state);
        Reading reading = Reading.partner(membership, state);
        Agreement agreement = find(reading, agreementId);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, agreement.version);
        }
        if (body == null) {
            throw Problems.validation("", "required", "Send the revision as a JSON object.");
        }
        AgreementVersion latest = numbered(agreement, agreement.latestVersion);
        List<FieldError> errors = new ArrayList<>();
        String title = body.title() == null ? null : title(body.title(), errors);
        String terms = terms(body.terms(), errors);
        int months = months(body.reviewEveryMonths(), latest.reviewEveryMonths, errors);
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }

        Instant now = Timestamps.now();
        int number = agreement.latestVersion + 1;
        // A title left out is the newest version's: its sealed bytes open under the same couple and purpose.
        byte[] sealedTitle = title == null ? latest.title : intimate.seal(agreement.coupleId, TITLE, title);
        AgreementVersion version = addVersion(agreement, number, VersionOrigin.PROPOSAL, sealedTitle,
                intimate.seal(agreement.coupleId, TERMS, terms), months, membership.profileId(), now);
        addAcceptance(version, membership.profileId(), now);
        agreement.latestVersion = number;
        agreement.pendingVersion = number;
        agreement.updatedAt = now;
        Agreement.flush();
        return versionViews(agreement, List.of(version), reading).get(0);
    }

    /**
     * The caller accepts a version. When both partners have, it takes effect, replaces the one in force and sets the
     * next review. Accepting the version in force, or one already accepted, changes nothing.
     */
    @Transactional
    Versioned accept(Callers caller, String coupleId, String agreementId, String number) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CoupleAccess.State state = access.lockedState(membership.coupleId());
        requireBothPresent(state);
        Reading reading = Reading.partner(membership, state);
        Agreement agreement = find(reading, agreementId);
        AgreementVersion version = numbered(reading, agreement, number);
        VersionStatus status = agreement.statusOf(version);
        if (status == VersionStatus.IN_FORCE) {
            return new Versioned(view(agreement, reading), agreement.version);
        }
        if (status != VersionStatus.PENDING) {
            throw AgreementProblem.VERSION_NOT_PENDING.exception("Version " + version.number
                    + " is no longer waiting for "
                    + "acceptance; version " + agreement.latestVersion + " is the newest. Read it, and accept it if "
                    + "it suits you both.");
        }
        Set<UUID> accepted = AgreementAcceptance.<AgreementAcceptance>list("versionId", version.id).stream()
                .map(acceptance -> acceptance.profileId).collect(Collectors.toCollection(HashSet::new));
        if (accepted.contains(membership.profileId())) {
            return new Versioned(view(agreement, reading), agreement.version);
        }
        Instant now = Timestamps.now();
        addAcceptance(version, membership.profileId(), now);
        accepted.add(membership.profileId());
        boolean both = state.partners().stream().allMatch(partner -> accepted.contains(partner.profileId));
        if (both) {
            version.inForceFrom = now;
            agreement.inForceVersion = version.number;
            agreement.pendingVersion = null;
            agreement.reviewOn = state.today().plusMonths(version.reviewEveryMonths);
        }
        agreement.updatedAt = now;
        Agreement.flush();
        return new Versioned(view(agreement, reading), agreement.version);
    }

    /**
     * Reopens an agreement in force: its terms go back on the table unchanged, as a new version that waits for both
     * partners (reopening is not an acceptance). The version in force stays in force meanwhile. An agreement with a
     * version already waiting is open already; nothing changes.
     */
    @Transactional
    Versioned changeStatus(Callers caller, String coupleId, String agreementId, String ifMatch,
            AgreementStatusChange body) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CoupleAccess.State state = access.lockedState(membership.coupleId());
        requireBothPresent(state);
        Reading reading = Reading.partner(membership, state);
        Agreement agreement = find(reading, agreementId);
        if (body == null || body.status() == null) {
            throw Problems.validation("/status", "required", "status is required.");
        }
        if (body.status() != AgreementStatus.UNDER_REVIEW) {
            throw CommonProblem.ILLEGAL_TRANSITION.exception(ONLY_REOPEN);
        }
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, agreement.version);
        }
        if (agreement.pendingVersion == null) {
            Instant now = Timestamps.now();
            AgreementVersion current = numbered(agreement, agreement.inForceVersion);
            int number = agreement.latestVersion + 1;
            addVersion(agreement, number, VersionOrigin.REOPENING, current.title, current.terms,
                    current.reviewEveryMonths, membership.profileId(), now);
            agreement.latestVersion = number;
            agreement.pendingVersion = number;
            agreement.updatedAt = now;
            Agreement.flush();
        }
        return new Versioned(view(agreement, reading), agreement.version);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Shared with concerns.

    /**
     * Agreements are made, changed and talked about by both partners together: not before the second partner joined,
     * and not while either holds a pause, during which the version in force simply stays in force.
     */
    static void requireBothPresent(CoupleAccess.State state) {
        if (state.status() == CoupleStatus.FORMING) {
            throw CoupleProblem.COUPLE_FORMING.exception(FORMING);
        }
        if (state.status() == CoupleStatus.PAUSED) {
            throw CoupleProblem.COUPLE_PAUSED.exception(PAUSED);
        }
    }

    /** An agreement the reader may see, or 404. */
    static Agreement find(Reading reading, String agreementId) {
        Optional<UUID> id = CoupleAccess.parse(agreementId);
        if (id.isEmpty()) {
            throw notFound();
        }
        Map<String, Object> params = reading.agreementParams();
        params.put("id", id.get());
        return Agreement.<Agreement>find("from Agreement a where " + reading.agreementFilter() + " and a.id = :id",
                params).firstResultOptional().orElseThrow(AgreementService::notFound);
    }

    static ProblemException notFound() {
        return Problems.notFound("This couple has no agreement with this id that you can see.");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private Reading reading(Callers caller, String coupleId) {
        CoupleAccess.Reader reader = access.reader(caller, coupleId, Optional.of(CounselorScope.AGREEMENTS),
                CounselorScope.AGREEMENTS.json());
        return Reading.of(reader, access.state(reader.coupleId()));
    }

    private static AgreementVersion addVersion(Agreement agreement, int number, VersionOrigin origin, byte[] title,
            byte[] terms, int months, UUID proposedBy, Instant now) {
        AgreementVersion version = new AgreementVersion();
        version.id = UUID.randomUUID();
        version.agreementId = agreement.id;
        version.number = number;
        version.origin = origin.json();
        version.title = title;
        version.terms = terms;
        version.reviewEveryMonths = months;
        version.proposedBy = proposedBy;
        version.proposedAt = now;
        version.persist();
        return version;
    }

    private static void addAcceptance(AgreementVersion version, UUID profileId, Instant now) {
        AgreementAcceptance acceptance = new AgreementAcceptance();
        acceptance.id = UUID.randomUUID();
        acceptance.versionId = version.id;
        acceptance.profileId = profileId;
        acceptance.acceptedAt = now;
        acceptance.persist();
    }

    /** A version of the agreement named in a path, that the reader may see, or 404. */
    private static AgreementVersion numbered(Reading reading, Agreement agreement, String number) {
        if (number == null || !number.matches("[1-9][0-9]{0,8}")) {
            throw versionNotFound();
        }
        return AgreementVersion.<AgreementVersion>find("agreementId = ?1 and number = ?2", agreement.id,
                Integer.parseInt(number)).firstResultOptional().filter(reading::sees)
                .orElseThrow(AgreementService::versionNotFound);
    }

    /** A version the agreement points at, which always exists. */
    private static AgreementVersion numbered(Agreement agreement, int number) {
        return AgreementVersion.<AgreementVersion>find("agreementId = ?1 and number = ?2", agreement.id, number)
                .singleResult();
    }

    private static int afterNumber(List<String> after) {
        // The cursor is signed, so its content is what this list wrote.
        return Integer.parseInt(after.get(0));
    }

    private static String title(String raw, List<FieldError> errors) {
        String title = raw == null ? "" : Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        ShortTexts.problem("/title", "A title", title, MAX_TITLE).ifPresent(errors::add);
        return title;
    }

    private static String terms(String raw, List<FieldError> errors) {
        String terms = raw == null ? "" : Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        ShortTexts.paragraphs("/terms", "The wording", terms, MAX_TERMS).ifPresent(errors::add);
        return terms;
    }

    private static int months(Integer raw, int fallback, List<FieldError> errors) {
        if (raw == null) {
            return fallback;
        }
        if (raw < 1 || raw > MAX_REVIEW_MONTHS) {
            errors.add(new FieldError("/reviewEveryMonths", "out-of-range",
                    "reviewEveryMonths is a whole number from 1 to " + MAX_REVIEW_MONTHS + "."));
        }
        return raw;
    }

    private AgreementView view(Agreement agreement, Reading reading) {
        return views(List.of(agreement), reading).get(0);
    }

    /** Views of a page of agreements, in four queries whatever the page size. */
    private List<AgreementView> views(List<Agreement> agreements, Reading reading) {
        if (agreements.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = agreements.stream().map(agreement -> agreement.id).toList();
        Set<Integer> numbers = new HashSet<>();
        agreements.forEach(agreement -> {
            if (agreement.inForceVersion != null) {
                numbers.add(agreement.inForceVersion);
            }
            if (agreement.pendingVersion != null) {
                numbers.add(agreement.pendingVersion);
            }
        });
        Map<UUID, Map<Integer, AgreementVersion>> versions = new HashMap<>();
        AgreementVersion.<AgreementVersion>list("agreementId in ?1 and number in ?2", ids, numbers)
                .forEach(version -> versions.computeIfAbsent(version.agreementId, id -> new HashMap<>())
                        .put(version.number, version));
        List<AgreementVersion> shown = new ArrayList<>();
        versions.values().forEach(byNumber -> byNumber.values().stream().filter(reading::sees).forEach(shown::add));
        Map<UUID, List<AgreementAcceptance>> acceptances = acceptancesOf(shown);
        Map<UUID, String> names = names(shown, acceptances, reading);
        Map<UUID, Long> open = reading.counselor() ? Map.of() : openConcerns(ids, reading);

        List<AgreementView> views = new ArrayList<>();
        for (Agreement agreement : agreements) {
            Map<Integer, AgreementVersion> own = versions.getOrDefault(agreement.id, new HashMap<>());
            AgreementVersionView inForce = agreement.inForceVersion == null
                    ? null
                    : shownVersion(agreement, own.get(agreement.inForceVersion), acceptances, names, reading);
            AgreementVersionView pending = agreement.pendingVersion == null
                    ? null
                    : shownVersion(agreement, own.get(agreement.pendingVersion), acceptances, names, reading);
            String title = inForce != null ? inForce.title() : pending != null ? pending.title() : null;
            boolean due = !reading.ended() && agreement.reviewOn != null
                    && !agreement.reviewOn.isAfter(reading.today());
            views.add(new AgreementView(agreement.id, AgreementTopic.of(agreement.topic), agreement.status(), title,
                    inForce, pending, agreement.reviewOn, due,
                    reading.counselor() ? null : open.getOrDefault(agreement.id, 0L).intValue(),
                    agreement.createdBy, agreement.createdAt, agreement.updatedAt));
        }
        return views;
    }

    private AgreementVersionView shownVersion(Agreement agreement, AgreementVersion version,
            Map<UUID, List<AgreementAcceptance>> acceptances, Map<UUID, String> names, Reading reading) {
        if (version == null || !reading.sees(version)) {
            return null;
        }
        return versionView(agreement, version, acceptances.getOrDefault(version.id, List.of()), names, reading);
    }

    private List<AgreementVersionView> versionViews(Agreement agreement, List<AgreementVersion> versions,
            Reading reading) {
        Map<UUID, List<AgreementAcceptance>> acceptances = acceptancesOf(versions);
        Map<UUID, String> names = names(versions, acceptances, reading);
        return versions.stream().map(version -> versionView(agreement, version,
                acceptances.getOrDefault(version.id, List.of()), names, reading)).toList();
    }

    private AgreementVersionView versionView(Agreement agreement, AgreementVersion version,
            List<AgreementAcceptance> acceptances, Map<UUID, String> names, Reading reading) {
        boolean partner = !reading.counselor();
        List<AgreementVersionView.Acceptance> marks = acceptances.stream()
                .map(acceptance -> new AgreementVersionView.Acceptance(acceptance.profileId,
                        Reading.nameOf(names, acceptance.profileId),
                        partner ? acceptance.profileId.equals(reading.readerId()) : null, acceptance.acceptedAt))
                .toList();
        Boolean acceptedByYou = partner
                ? acceptances.stream().anyMatch(acceptance -> acceptance.profileId.equals(reading.readerId()))
                : null;
        return new AgreementVersionView(version.number, VersionOrigin.of(version.origin), agreement.statusOf(version),
                intimate.open(agreement.coupleId, TITLE, version.title),
                intimate.open(agreement.coupleId, TERMS, version.terms), version.reviewEveryMonths,
                version.proposedBy, Reading.nameOf(names, version.proposedBy),
                partner ? version.proposedBy.equals(reading.readerId()) : null, version.proposedAt, marks,
                acceptedByYou, version.inForceFrom);
    }

    /** The acceptances of some versions by version id, each list in the order they were given. */
    private static Map<UUID, List<AgreementAcceptance>> acceptancesOf(Collection<AgreementVersion> versions) {
        if (versions.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<AgreementAcceptance>> byVersion = new LinkedHashMap<>();
        AgreementAcceptance.<AgreementAcceptance>list("versionId in ?1",
                versions.stream().map(version -> version.id).toList()).stream()
                .sorted(Comparator.comparing((AgreementAcceptance acceptance) -> acceptance.acceptedAt)
                        .thenComparing(acceptance -> acceptance.profileId))
                .forEach(acceptance -> byVersion.computeIfAbsent(acceptance.versionId, id -> new ArrayList<>())
                        .add(acceptance));
        return byVersion;
    }

    private Map<UUID, String> names(Collection<AgreementVersion> versions,
            Map<UUID, List<AgreementAcceptance>> acceptances, Reading reading) {
        List<UUID> ids = new ArrayList<>();
        versions.forEach(version -> ids.add(version.proposedBy));
        acceptances.values().forEach(list -> list.forEach(acceptance -> ids.add(acceptance.profileId)));
        return people.displayNames(reading.named(ids));
    }

    /** Open concerns per agreement, counting for a former partner only their own. */
    private static Map<UUID, Long> openConcerns(List<UUID> ids, Reading reading) {
        Map<String, Object> params = reading.readerParams();
        params.put("ids", ids);
        var query = AgreementConcern.getEntityManager().createQuery("select c.agreementId, count(c) from "
                + "AgreementConcern c where c.agreementId in :ids and c.resolvedAt is null" + reading.concernFilter()
                + " group by c.agreementId", Object[].class);
        params.forEach(query::setParameter);
        Map<UUID, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static ProblemException versionNotFound() {
        return Problems.notFound("This agreement has no version with this number that you can see.");
    }
}
