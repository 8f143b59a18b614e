package app.kintsugi.commitment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.couple.CoupleStatus;
import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.http.Languages;
import app.kintsugi.platform.i18n.Texts;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.profile.People;

/**
 * Each partner's calendar feed: a secret address that calendar apps poll without a bearer token. Only a SHA-256 of the
 * secret is stored; making a new one replaces the old, and revoking stops it. The feed holds the partner's own and the
 * shared commitments, 30 days back and 92 ahead, with titles only when that partner chose so.
 */
@ApplicationScoped
class FeedService {

    /** The key of the neutral summary every event reads unless its partner chose titles. */
    static final String NEUTRAL = "calendar.reminder";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int DAYS_BACK = 30;
    private static final int DAYS_AHEAD = 92;

    private final CoupleAccess access;
    private final CommitmentService commitments;
    private final People people;

    FeedService(CoupleAccess access, CommitmentService commitments, People people) {
        this.access = access;
        this.commitments = commitments;
        this.people = people;
    }

    /** A feed written out, and the language of its own words. */
    record Rendered(String body, String language) {
    }

    @Transactional
    FeedView settings(Callers caller, String coupleId) {
        CoupleAccess.Membership membership = access.partner(caller, coupleId);
        return feed(membership).map(feed -> view(feed, null)).orElse(new FeedView(false, false, null, null));
    }

    @Transactional
    FeedView update(Callers caller, String coupleId, FeedSettings settings) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        if (settings == null || settings.showTitles() == null) {
            throw app.kintsugi.platform.problem.Problems.validation("/showTitles", "required",
                    "Send true or false.");
        }
        CalendarFeed feed = feed(membership).orElseGet(() -> create(membership));
        feed.showTitles = settings.showTitles();
        CalendarFeed.flush();
        return view(feed, null);
    }

    /** A new secret address; the previous one stops working. Answers the address, once. */
    @Transactional
    FeedView issue(Callers caller, String coupleId, String baseUri) {
        CoupleAccess.Membership membership = access.currentPartner(caller, coupleId);
        CalendarFeed feed = feed(membership).orElseGet(() -> create(membership));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        feed.secretHash = hash(secret);
        feed.rotatedAt = Timestamps.now();
        CalendarFeed.flush();
        return view(feed, baseUri + "v1/calendar-feeds/" + secret);
    }

    @Transactional
    void revoke(Callers caller, String coupleId) {
        CoupleAccess.Membership membership = access.lockedPartner(caller, coupleId);
        feed(membership).ifPresent(feed -> {
            feed.secretHash = null;
            feed.rotatedAt = null;
        });
    }

    /**
     * The feed for a secret, if it is a live one of a couple that has not ended. Calendar apps poll it on their own,
     * without the partner's language, so its own words ({@code Reminder}, the calendar's name) are in the language of
     * the partner's profile.
     */
    @Transactional
    Optional<Rendered> render(String secret) {
        if (secret == null || secret.length() != 43) {
            return Optional.empty();
        }
        Optional<CalendarFeed> found = CalendarFeed.<CalendarFeed>find("secretHash", hash(secret))
                .firstResultOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CalendarFeed feed = found.get();
        CoupleAccess.State state = access.state(feed.coupleId);
        if (state.status() == CoupleStatus.ENDED) {
            return Optional.empty();
        }
        LocalDate today = state.today();
        CommitmentService.Viewer viewer = new CommitmentService.Viewer(feed.coupleId, feed.profileId, false, false,
                ZoneId.of(state.couple().timeZone), today);
        LocalDate from = today.minusDays(DAYS_BACK);
        List<Commitment> mine = Commitment.<Commitment>list(
                "coupleId = ?1 and (ownerId = ?2 or ownerId is null) and (closedOn is null or closedOn >= ?3) "
                        + "order by createdAt, id",
                feed.coupleId, feed.profileId, from);
        java.util.Map<java.util.UUID, Commitment> byId = new java.util.HashMap<>();
        mine.forEach(c -> byId.put(c.id, c));
        String language = Languages.negotiate(null, () -> people.localeOf(feed.profileId), Texts.LANGUAGES);
        Texts.Said neutral = Texts.say("texts", NEUTRAL, language);
        List<ICalendar.Event> events = commitments.occurrences(mine, from, today.plusDays(DAYS_AHEAD), viewer)
                .stream().map(item -> new ICalendar.Event(item.commitmentId() + "-" + item.date() + "@kintsugi",
                        feed.showTitles ? item.title() : neutral.text(),
                        feed.showTitles ? null : neutral.language(), item.date(), item.startsAt(), item.endsAt(),
                        byId.get(item.commitmentId()).updatedAt))
                .toList();
        Texts.Said name = Texts.say("texts", feed.showTitles ? "calendar.name.titled" : "calendar.name.neutral",
                language);
        return Optional.of(new Rendered(ICalendar.write(name.text(), events), language));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static Optional<CalendarFeed> feed(CoupleAccess.Membership membership) {
        return CalendarFeed.<CalendarFeed>find("coupleId = ?1 and profileId = ?2", membership.coupleId(),
                membership.profileId()).firstResultOptional();
    }

    private static CalendarFeed create(CoupleAccess.Membership membership) {
        CalendarFeed feed = new CalendarFeed();
        feed.coupleId = membership.coupleId();
        feed.profileId = membership.profileId();
        feed.createdAt = Timestamps.now();
        feed.persist();
        return feed;
    }

    private static FeedView view(CalendarFeed feed, String url) {
        return new FeedView(feed.secretHash != null, feed.showTitles, url, feed.rotatedAt);
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
