package app.kintsugi.journal;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.hibernate.SessionCheckMode;

import io.quarkus.narayana.jta.QuarkusTransaction;

import app.kintsugi.counselor.CounselorScope;
import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.couple.CoupleProblem;
import app.kintsugi.couple.CoupleStatus;
import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.crypto.IntimateText;
import app.kintsugi.platform.http.ETags;
import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.Problem.FieldError;
import app.kintsugi.platform.problem.ProblemException;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.problem.ShortTexts;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.profile.People;
import app.kintsugi.profile.Profile;

/**
 * The trust journal's entries: writing, reading by the rules of {@link Sight}, rewording within 24 hours, the author's
 * choice of who reads, the partner's acknowledgement, and deletion.
 */
@ApplicationScoped
class JournalService {

    static final String BODY = "journal_entry.body";
    static final String REVISION_BODY = "journal_revision.body";
    static final int MAX_TEXT = 280;
    static final int MAX_PER_DAY = 10;
    static final Duration EDIT_WINDOW = Duration.ofHours(24);
    /** The journal's own words for a rewording held back by a pause, sent and documented alike. */
    static final String PAUSED_EDIT = "While the couple is paused, an entry your partner can read stays as it is; "
            + "you can reword it once the pause ends, within its first 24 hours.";

    private final CoupleAccess access;
    private final IntimateText intimate;
    private final People people;
    private final Paging paging;

    JournalService(CoupleAccess access, IntimateText intimate, People people, Paging paging) {
        this.access = access;
        this.intimate = intimate;
        this.people = people;
        this.paging = paging;
    }

    /** An entry with the version its ETag is made of. */
    record Versioned(EntryView view, long version) {
    }

    /** The filters of a list, already validated. */
    record Filters(Optional<JournalKind> kind, Optional<String> author, Optional<LocalDate> from,
            Optional<LocalDate> to) {
    }

    @Transactional
    Versioned write(Callers caller, String coupleId, NewEntry body) {
        CoupleAccess.Locked locked = access.currentState(caller, coupleId);
        CoupleAccess.Membership membership = locked.membership();
        CoupleAccess.State state = locked.state();
        if (body == null) {
            throw Problems.validation("", "required", "Send the entry as a JSON object.");
        }
        List<FieldError> errors = new ArrayList<>();
        String text = text(body.text(), errors);
        if (body.kind() == null) {
            errors.add(new FieldError("/kind", "required", "kind is required."));
        }
        LocalDate writtenOn = body.writtenOn() == null ? state.today() : body.writtenOn();
        checkDay("/writtenOn", writtenOn, state, errors);
        boolean privateByDefault = membership.partner().privateByDefault;
        Visibility visibility = body.visibility() != null
                ? body.visibility()
                : privateByDefault ? Visibility.PRIVATE : Visibility.REVEAL;
        boolean counselor = Boolean.TRUE.equals(body.shareWithCounselor());
        checkCounselorChoice(visibility, counselor, errors);
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        checkRoomOnDay(membership.coupleId(), membership.profileId(), writtenOn, null);

        Instant now = Timestamps.now();
        JournalEntry entry = new JournalEntry();
        entry.id = UUID.randomUUID();
        entry.coupleId = membership.coupleId();
        entry.authorId = membership.profileId();
        entry.kind = body.kind().json();
        entry.writtenOn = writtenOn;
        entry.weekStartsOn = Weeks.startOf(writtenOn);
        entry.body = intimate.seal(entry.coupleId, BODY, text);
        entry.answersQuestion = body.answers() == null ? null : body.answers().json();
        entry.visibility = visibility.json();
        entry.visibleFrom = visibleFrom(visibility, entry.weekStartsOn, state, now);
        entry.counselorSince = counselor ? now : null;
        entry.createdAt = now;
        entry.updatedAt = now;
        entry.persist();
        JournalEntry.flush();
        return new Versioned(view(entry, Sight.partner(membership, state)), entry.version);
    }

    /**
     * A page of entries. A partner's page is two statements in no transaction (the caller and the couple, then the
     * page); a counselor, whose read is logged, and anyone the couple is unknown to take {@link #sight} in one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    EntryPage list(Callers caller, String coupleId, Filters filters, String limit, String cursor) {
        Optional<Sight> partner = partnerSight(caller, coupleId);
        if (partner.isPresent()) {
            return list(partner.get(), filters, limit, cursor);
        }
        return QuarkusTransaction.joiningExisting().call(() -> list(sight(caller, coupleId), filters, limit, cursor));
    }

    /** The sight of a partner (current or former) of the couple, from one statement; empty for anyone else. */
    private Optional<Sight> partnerSight(Callers caller, String coupleId) {
        return access.partnerReader(caller, coupleId).map(read -> Sight.of(read.reader(), read.state()));
    }

    /** The sight of any reader of the shared journal, a counselor's read logged; 404 for everyone else. */
    private Sight sight(Callers caller, String coupleId) {
        CoupleAccess.Reader reader = access.reader(caller, coupleId, Optional.of(CounselorScope.SHARED_JOURNAL),
                CounselorScope.SHARED_JOURNAL.json());
        return Sight.of(reader, access.state(reader.coupleId()));
    }

    private EntryPage list(Sight sight, Filters filters, String limit, String cursor) {
        if (filters.author().isPresent() && sight.counselor()) {
            throw Problems.invalidParameter("author", "partners-only",
                    "author filters by me or partner, so only partners use it.");
        }
        Map<String, Object> params = sight.params();
        StringBuilder query = new StringBuilder(sight.filter());
        filters.kind().ifPresent(kind -> {
            query.append(" and e.kind = :kind");
            params.put("kind", kind.json());
        });
        filters.author().ifPresent(author -> {
            query.append("me".equals(author) ? " and e.authorId = :author" : " and e.authorId <> :author");
            params.put("author", sight.readerId());
        });
        filters.from().ifPresent(from -> {
            query.append(" and e.writtenOn >= :from");
            params.put("from", from);
        });
        filters.to().ifPresent(to -> {
            query.append(" and e.writtenOn <= :to");
            params.put("to", to);
        });
        PageRequest request = paging.request("journal", limit, cursor);
        if (request.after().isPresent()) {
            List<String> after = request.after().get();
            query.append(" and (e.writtenOn < :afterDay or (e.writtenOn = :afterDay and (e.createdAt < :afterAt"
                    + " or (e.createdAt = :afterAt and e.id < :afterId))))");
            params.put("afterDay", LocalDate.parse(after.get(0)));
            params.put("afterAt", Instant.parse(after.get(1)));
            params.put("afterId", UUID.fromString(after.get(2)));
        }
        query.append(" order by e.writtenOn desc, e.createdAt desc, e.id desc");
        List<Named> rows = named(query.toString(), params, request.fetchSize());
        Page<Named> page = paging.page("journal", request, rows, row -> List.of(row.entry().writtenOn.toString(),
                row.entry().createdAt.toString(), row.entry().id.toString()));
        return new EntryPage(page.items().stream().map(row -> view(row.entry(), sight, row.names())).toList(),
                page.nextCursor());
    }

    /** One entry; two statements in no transaction for a partner, as {@link #list}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Versioned get(Callers caller, String coupleId, String entryId) {
        Optional<Sight> partner = partnerSight(caller, coupleId);
        if (partner.isPresent()) {
            return get(partner.get(), entryId);
        }
        return QuarkusTransaction.joiningExisting().call(() -> get(sight(caller, coupleId), entryId));
    }

    private Versioned get(Sight sight, String entryId) {
        // Found by id, then held to the reader's sight in Java, as visible() does.
        Named row = CoupleAccess.parse(entryId).flatMap(id -> named("e.id = :id", Map.of("id", id), 1).stream()
                .findFirst()).filter(found -> sight.sees(found.entry())).orElseThrow(JournalService::notFound);
        return new Versioned(view(row.entry(), sight, row.names()), row.entry().version);
    }

    /** Rewords an entry within 24 hours of writing it; the caller must send the ETag they read. */
    @Transactional
    Versioned edit(Callers caller, String coupleId, String entryId, String ifMatch, EntryEdit body) {
        CoupleAccess.Locked locked = access.currentState(caller, coupleId);
        CoupleAccess.Membership membership = locked.membership();
        CoupleAccess.State state = locked.state();
        Sight sight = Sight.partner(membership, state);
        JournalEntry entry = own(sight, entryId);
        ETags.requireMatch(ifMatch, entry.version);
        Instant now = sight.now();
        if (!now.isBefore(entry.createdAt.plus(EDIT_WINDOW))) {
            throw JournalProblem.ENTRY_IMMUTABLE.exception();
        }
        if (body == null) {
            throw Problems.validation("", "required", "Send the entry as a JSON object.");
        }
        List<FieldError> errors = new ArrayList<>();
        String text = text(body.text(), errors);
        if (body.kind() == null) {
            errors.add(new FieldError("/kind", "required", "kind is required."));
        }
        LocalDate writtenOn = body.writtenOn() == null ? entry.writtenOn : body.writtenOn();
        if (!writtenOn.equals(entry.writtenOn)) {
            checkDay("/writtenOn", writtenOn, state, errors);
        }
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        if (state.status() == CoupleStatus.PAUSED && sight.seenByOthers(entry)) {
            throw CoupleProblem.COUPLE_PAUSED.exception(PAUSED_EDIT);
        }
        String before = intimate.open(entry.coupleId, BODY, entry.body);
        if (before.equals(text) && body.kind().json().equals(entry.kind) && writtenOn.equals(entry.writtenOn)) {
            return new Versioned(view(entry, sight), entry.version);
        }
        if (!writtenOn.equals(entry.writtenOn)) {
            checkRoomOnDay(entry.coupleId, entry.authorId, writtenOn, entry.id);
        }
        JournalRevision revision = new JournalRevision();
        revision.id = UUID.randomUUID();
        revision.entryId = entry.id;
        revision.kind = entry.kind;
        revision.writtenOn = entry.writtenOn;
        revision.body = intimate.seal(entry.coupleId, REVISION_BODY, before);
        revision.writtenAt = entry.updatedAt;
        revision.replacedAt = now;
        revision.persist();

        if (entry.firstSeenAt != null || sight.seenByOthers(entry)) {
            entry.editedAt = now;
        }
        entry.kind = body.kind().json();
        entry.body = intimate.seal(entry.coupleId, BODY, text);
        if (!writtenOn.equals(entry.writtenOn)) {
            entry.writtenOn = writtenOn;
            entry.weekStartsOn = Weeks.startOf(writtenOn);
            if (Visibility.of(entry.visibility) == Visibility.REVEAL) {
                reveal(entry, visibleFrom(Visibility.REVEAL, entry.weekStartsOn, state, now), sight);
            }
        }
        entry.updatedAt = now;
        JournalEntry.flush();
        return new Versioned(view(entry, sight), entry.version);
    }

    /** The author's choice of who reads the entry, at any time while the couple lasts. */
    @Transactional
    Versioned choose(Callers caller, String coupleId, String entryId, VisibilityChoice choice) {
        CoupleAccess.Locked locked = access.currentState(caller, coupleId);
        CoupleAccess.Membership membership = locked.membership();
        CoupleAccess.State state = locked.state();
        Sight sight = Sight.partner(membership, state);
        JournalEntry entry = own(sight, entryId);
        if (choice == null || choice.visibility() == null) {
            throw Problems.validation("/visibility", "required", "visibility is required.");
        }
        boolean counselor = Boolean.TRUE.equals(choice.shareWithCounselor());
        List<FieldError> errors = new ArrayList<>();
        checkCounselorChoice(choice.visibility(), counselor, errors);
        if (!errors.isEmpty()) {
            throw Problems.validation(errors);
        }
        if (!choice.visibility().json().equals(entry.visibility)) {
            entry.visibility = choice.visibility().json();
            reveal(entry, visibleFrom(choice.visibility(), entry.weekStartsOn, state, sight.now()), sight);
        }
        if (!counselor) {
            entry.counselorSince = null;
        } else if (entry.counselorSince == null) {
            entry.counselorSince = sight.now();
        }
        JournalEntry.flush();
        return new Versioned(view(entry, sight), entry.version);
    }

    @Transactional
    RevisionPage revisions(Callers caller, String coupleId, String entryId, String limit, String cursor) {
        CoupleAccess.Membership membership = access.partner(caller, coupleId);
        Sight sight = Sight.partner(membership, access.state(membership.coupleId()));
        JournalEntry entry = own(sight, entryId);
        PageRequest request = paging.request("journal-revisions", limit, cursor);
        StringBuilder query = new StringBuilder("entryId = :entry");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("entry", entry.id));
        if (request.after().isPresent()) {
            query.append(" and (replacedAt < :afterAt or (replacedAt = :afterAt and id < :afterId))");
            params.put("afterAt", Instant.parse(request.after().get().get(0)));
            params.put("afterId", UUID.fromString(request.after().get().get(1)));
        }
        query.append(" order by replacedAt desc, id desc");
        List<JournalRevision> rows = JournalRevision.<JournalRevision>find(query.toString(), params)
                .page(0, request.fetchSize()).list();
        Page<JournalRevision> page = paging.page("journal-revisions", request, rows,
                revision -> List.of(revision.replacedAt.toString(), revision.id.toString()));
        return new RevisionPage(page.items().stream()
                .map(revision -> new RevisionView(JournalKind.of(revision.kind), revision.writtenOn,
                        intimate.open(entry.coupleId, REVISION_BODY, revision.body), revision.writtenAt,
                        revision.replacedAt))
                .toList(), page.nextCursor());
    }

    /**
     * The partner acknowledges an entry they can read. Acknowledging again replaces the reaction and its time, so that
     * a change made during a pause reaches the author only when the pause ends, like any other.
     */
    @Transactional
    EntryView acknowledge(Callers caller, String coupleId, String entryId, Acknowledging body) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        Sight sight = Sight.partner(membership, access.state(membership.coupleId()));
        JournalEntry entry = acknowledgeable(sight, entryId);
        Reaction reaction = body == null || body.reaction() == null ? Reaction.SEEN : body.reaction();
        entry.acknowledgedBy = membership.profileId();
        entry.acknowledgedAt = sight.now();
        entry.reaction = reaction.json();
        JournalEntry.flush();
        return view(entry, sight);
    }

    /** The partner withdraws their acknowledgement; withdrawing one that is not there changes nothing. */
    @Transactional
    void withdraw(Callers caller, String coupleId, String entryId) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        Sight sight = Sight.partner(membership, access.state(membership.coupleId()));
        JournalEntry entry = acknowledgeable(sight, entryId);
        entry.acknowledgedBy = null;
        entry.acknowledgedAt = null;
        entry.reaction = null;
    }

    /** The author may always delete their entry, with its revisions; the partner then sees nothing of it. */
    @Transactional
    void delete(Callers caller, String coupleId, String entryId) {
        CoupleAccess.Membership membership = access.lockedPartner(caller, coupleId);
        JournalEntry entry = own(Sight.partner(membership, access.state(membership.coupleId())), entryId);
        JournalRevision.delete("entryId", entry.id);
        entry.delete();
    }

    @Transactional
    EntryCounts counts(Callers caller, String coupleId, Optional<LocalDate> from, Optional<LocalDate> to) {
        CoupleAccess.Reader reader = access.reader(caller, coupleId, Optional.of(CounselorScope.SHARED_JOURNAL),
                CounselorScope.SHARED_JOURNAL.json());
        CoupleAccess.State state = access.state(reader.coupleId());
        Sight sight = Sight.of(reader, state);
        Map<String, Object> params = sight.params();
        StringBuilder query = new StringBuilder("select e.kind, e.authorId, count(e) from JournalEntry e where ")
                .append(sight.filter());
        from.ifPresent(day -> {
            query.append(" and e.writtenOn >= :from");
            params.put("from", day);
        });
        to.ifPresent(day -> {
            query.append(" and e.writtenOn <= :to");
            params.put("to", day);
        });
        query.append(" group by e.kind, e.authorId");
        var select = JournalEntry.getEntityManager().createQuery(query.toString(), Object[].class);
        params.forEach(select::setParameter);
        Map<JournalKind, Long> byKind = new EnumMap<>(JournalKind.class);
        Map<UUID, Long> byAuthor = new LinkedHashMap<>();
        long total = 0;
        for (Object[] row : select.getResultList()) {
            long count = (Long) row[2];
            byKind.merge(JournalKind.of((String) row[0]), count, Long::sum);
            byAuthor.merge((UUID) row[1], count, Long::sum);
            total += count;
        }
        List<UUID> shown = partnersShown(sight, state);
        Map<UUID, String> names = people.displayNames(shown);
        List<EntryCounts.PartnerCount> byPartner = shown.stream()
                .map(id -> new EntryCounts.PartnerCount(id, names.get(id), id.equals(sight.readerId()),
                        byAuthor.getOrDefault(id, 0L)))
                .toList();
        return new EntryCounts(from.orElse(null), to.orElse(null), total, EntryCounts.KindCounts.of(byKind),
                byPartner);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Shared with the weekly review.

    /** The partners a reader is shown figures for: the reader first; after an ended couple, the reader alone. */
    static List<UUID> partnersShown(Sight sight, CoupleAccess.State state) {
        List<UUID> ids = new ArrayList<>();
        if (!sight.counselor()) {
            ids.add(sight.readerId());
            if (sight.ended()) {
                return ids;
            }
        }
        state.partners().stream().map(partner -> partner.profileId).filter(id -> !ids.contains(id))
                .forEach(ids::add);
        return ids;
    }

    /**
     * When a choice of visibility, made now, lets the partner read an entry: never for a private one; now for
     * {@code partner}; for {@code reveal} when its week ends in the couple's time zone or when both partners marked it
     * read, whichever is first, but never before now, so that nothing chosen during a pause slips under the cutoff.
     */
    static Instant visibleFrom(Visibility visibility, LocalDate monday, CoupleAccess.State state, Instant now) {
        return switch (visibility) {
            case PRIVATE -> null;
            case PARTNER -> now;
            case REVEAL -> {
                Instant reveal = Weeks.endOf(monday, ZoneId.of(state.couple().timeZone));
                Optional<Instant> reviewed = ReadMarks.reviewedAt(state.couple().id, monday);
                if (reviewed.isPresent() && reviewed.get().isBefore(reveal)) {
                    reveal = reviewed.get();
                }
                yield reveal.isAfter(now) ? reveal : now;
            }
        };
    }

    List<EntryView> views(Collection<JournalEntry> entries, Sight sight) {
        List<UUID> ids = new ArrayList<>();
        entries.forEach(entry -> {
            ids.add(entry.authorId);
            if (entry.acknowledgedBy != null) {
                ids.add(entry.acknowledgedBy);
            }
        });
        Map<UUID, String> names = names(ids.stream().distinct().toList());
        return entries.stream().map(entry -> view(entry, sight, names)).toList();
    }

    /**
     * Display names by profile id: those of profiles this transaction already loaded come from memory (a write shows
     * the author, whose profile resolving the caller loaded), the others from one query.
     */
    private static Map<UUID, String> names(List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        Session session = JournalEntry.getEntityManager().unwrap(Session.class);
        for (Profile profile : session.findMultiple(Profile.class, ids, SessionCheckMode.ENABLED)) {
            if (profile != null) {
                names.put(profile.id, profile.displayName);
            }
        }
        return names;
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** An entry with the display names shown beside it (its author's, its acknowledger's), read with it. */
    private record Named(JournalEntry entry, Map<UUID, String> names) {
    }

    /**
     * Entries matching a condition on {@code e}, each with its author's and acknowledger's display names joined in, so
     * that a page or a single read is one query rather than one for the entries and another for the names.
     */
    private static List<Named> named(String condition, Map<String, Object> params, int max) {
        var select = JournalEntry.getEntityManager().createQuery("""
                select e, author.displayName, acknowledger.displayName from JournalEntry e
                left join Profile author on author.id = e.authorId
                left join Profile acknowledger on acknowledger.id = e.acknowledgedBy
                where\s""" + condition, Object[].class);
        params.forEach(select::setParameter);
        return select.setMaxResults(max).getResultList().stream().map(row -> {
            JournalEntry entry = (JournalEntry) row[0];
            Map<UUID, String> names = new HashMap<>();
            names.put(entry.authorId, (String) row[1]);
            if (entry.acknowledgedBy != null) {
                names.put(entry.acknowledgedBy, (String) row[2]);
            }
            return new Named(entry, names);
        }).toList();
    }

    private EntryView view(JournalEntry entry, Sight sight) {
        return views(List.of(entry), sight).get(0);
    }

    private EntryView view(JournalEntry entry, Sight sight, Map<UUID, String> names) {
        boolean author = sight.isAuthor(entry);
        Instant editableUntil = entry.createdAt.plus(EDIT_WINDOW);
        Acknowledgement acknowledgement = sight.seesAcknowledgement(entry)
                ? new Acknowledgement(entry.acknowledgedBy, names.get(entry.acknowledgedBy),
                        Reaction.of(entry.reaction), entry.acknowledgedAt)
                : null;
        return new EntryView(entry.id, entry.authorId, names.get(entry.authorId), author, JournalKind.of(entry.kind),
                entry.writtenOn, intimate.open(entry.coupleId, BODY, entry.body),
                entry.answersQuestion == null ? null : ProgressQuestion.of(entry.answersQuestion),
                author ? Visibility.of(entry.visibility) : null, author ? entry.sharedWithCounselor() : null,
                author ? entry.visibleFrom : null,
                author && Timestamps.now().isBefore(editableUntil) ? editableUntil : null, entry.createdAt,
                author ? entry.updatedAt : null, entry.editedAt, acknowledgement);
    }

    /**
     * Moves when the partner may read an entry. Remembers that others could read it before, so that a later rewording
     * is still marked; and drops the partner's acknowledgement when they can no longer read what they acknowledged.
     */
    private static void reveal(JournalEntry entry, Instant visibleFrom, Sight sight) {
        if (entry.firstSeenAt == null && sight.seenByOthers(entry)) {
            entry.firstSeenAt = entry.visibleFrom;
        }
        entry.visibleFrom = visibleFrom;
        if (visibleFrom == null || !sight.reached(visibleFrom)) {
            entry.acknowledgedBy = null;
            entry.acknowledgedAt = null;
            entry.reaction = null;
        }
    }

    /** An entry the reader may see, or 404. */
    private static JournalEntry visible(Sight sight, String entryId) {
        return CoupleAccess.parse(entryId).flatMap(id -> JournalEntry.<JournalEntry>findByIdOptional(id))
                .filter(sight::sees).orElseThrow(JournalService::notFound);
    }

    /** An entry the caller wrote: 404 if they may not see it, 403 if it is the partner's. */
    private static JournalEntry own(Sight sight, String entryId) {
        JournalEntry entry = visible(sight, entryId);
        if (!sight.isAuthor(entry)) {
            throw JournalProblem.NOT_AUTHOR.exception();
        }
        return entry;
    }

    /** An entry of the partner's that the caller can read. */
    private static JournalEntry acknowledgeable(Sight sight, String entryId) {
        JournalEntry entry = visible(sight, entryId);
        if (sight.isAuthor(entry)) {
            throw JournalProblem.OWN_ENTRY.exception();
        }
        return entry;
    }

    private static String text(String raw, List<FieldError> errors) {
        String text = raw == null ? "" : Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        ShortTexts.paragraphs("/text", "An entry", text, MAX_TEXT).ifPresent(errors::add);
        return text;
    }

    private static void checkDay(String field, LocalDate day, CoupleAccess.State state, List<FieldError> errors) {
        LocalDate today = state.today();
        LocalDate began = LocalDate.ofInstant(state.couple().createdAt, ZoneId.of(state.couple().timeZone));
        if (day.isAfter(today)) {
            errors.add(new FieldError(field, "in-future", "An entry is for today or a day that has passed, in the "
                    + "couple's time zone (today there is " + today + ")."));
        } else if (day.isBefore(began)) {
            errors.add(new FieldError(field, "before-couple",
                    "An entry cannot be for a day before the couple began (" + began + ")."));
        }
    }

    private static void checkCounselorChoice(Visibility visibility, boolean counselor, List<FieldError> errors) {
        if (counselor && visibility == Visibility.PRIVATE) {
            errors.add(new FieldError("/shareWithCounselor", "private-entry",
                    "A private entry stays yours alone; share it with your partner to share it with a counselor."));
        }
    }

    private static void checkRoomOnDay(UUID coupleId, UUID authorId, LocalDate day, UUID except) {
        long written = JournalEntry.count("coupleId = ?1 and authorId = ?2 and writtenOn = ?3 and id <> ?4", coupleId,
                authorId, day, except == null ? new UUID(0, 0) : except);
        if (written >= MAX_PER_DAY) {
            throw JournalProblem.DAY_FULL.exception("You have " + MAX_PER_DAY + " entries for " + day
                    + " already; the journal keeps a few lines a day.");
        }
    }

    static ProblemException notFound() {
        return Problems.notFound("This couple has no journal entry with this id that you can see.");
    }
}
