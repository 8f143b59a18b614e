package app.kintsugi.rights;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.zip.GZIPOutputStream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.crypto.IntimateText;

/**
 * Prepares exports in the background. A request's commit hands its export to a small local pool at once; a sweep every
 * few seconds picks up whatever is still pending (a replica that stopped midway, a full pool) and ends expired
 * downloads. Each export is claimed with {@code FOR UPDATE SKIP LOCKED} in its own transaction, so any number of
 * replicas can run both paths at once and every export is built exactly once.
 */
@ApplicationScoped
class ExportWorker {

    static final String FORMAT = "kintsugi-personal-data";
    static final int FORMAT_VERSION = 1;
    private static final Logger LOG = Logger.getLogger(ExportWorker.class);

    private final EntityManager em;
    private final IntimateText intimate;
    private final Instance<PersonalData> features;
    private final ObjectMapper mapper;
    private final Duration retention;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "kintsugi-export");
        thread.setDaemon(true);
        return thread;
    });

    ExportWorker(EntityManager em, IntimateText intimate, Instance<PersonalData> features, ObjectMapper mapper,
            app.kintsugi.platform.KintsugiConfig config) {
        this.em = em;
        this.intimate = intimate;
        this.features = features;
        this.mapper = mapper;
        this.retention = config.exports().retention();
    }

    /** The sealed file is bound to its export: copied to another row, it does not open. */
    static String sealingContext(UUID exportId) {
        return "data-export\n" + exportId;
    }

    void onRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExportRequested event) {
        try {
            pool.submit(() -> prepare(Optional.of(event.exportId())));
        } catch (RejectedExecutionException e) {
            // Shutting down: the sweep of this or another replica prepares it.
        }
    }

    @Scheduled(every = "${kintsugi.exports.sweep-every:10s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        while (prepare(Optional.empty())) {
            // keep going while pending exports are found
        }
        QuarkusTransaction.requiringNew().run(() -> Sql.update(em, """
                update data_export set status = 'expired' where status = 'ready' and expires_at <= :now""",
                Map.of("now", Timestamps.now())));
        QuarkusTransaction.requiringNew().run(() -> Sql.update(em, """
                delete from data_export_file f using data_export e
                where e.id = f.export_id and (e.status = 'expired' or e.expires_at <= :now)""",
                Map.of("now", Timestamps.now())));
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /**
     * Claims one pending export (the one given, or the oldest) and prepares it. Answers whether one was claimed; one
     * that fails is marked failed, so it is never retried in a loop.
     */
    boolean prepare(Optional<UUID> exportId) {
        Optional<UUID> claimed = Optional.empty();
        UUID[] attempted = new UUID[1];
        try {
            claimed = QuarkusTransaction.requiringNew().call(() -> {
                Map<String, Object> params = exportId.<Map<String, Object>>map(id -> Map.of("id", id)).orElse(Map.of());
                List<Tuple> rows = Sql.rows(em, """
                        select id, profile_id from data_export where status = 'pending'"""
                        + (exportId.isPresent() ? " and id = :id" : "")
                        + " order by requested_at limit 1 for update skip locked", params);
                if (rows.isEmpty()) {
                    return Optional.<UUID>empty();
                }
                UUID id = Sql.uuid(rows.get(0).get("id"));
                attempted[0] = id;
                build(id, Sql.uuid(rows.get(0).get("profile_id")));
                return Optional.of(id);
            });
            return claimed.isPresent();
        } catch (RuntimeException e) {
            // Never the content: the message names a couple or a purpose at most.
            LOG.errorf(e, "An export could not be prepared");
            // The export that was claimed, whether asked for by id or found by the sweep: never left pending.
            Optional.ofNullable(attempted[0]).or(() -> exportId).ifPresent(this::fail);
            return false;
        }
    }

    private void fail(UUID exportId) {
        try {
            QuarkusTransaction.requiringNew().run(() -> Sql.update(em,
                    "update data_export set status = 'failed' where id = :id and status = 'pending'",
                    Map.of("id", exportId)));
        } catch (RuntimeException e) {
            LOG.errorf(e, "An export could not be marked failed");
        }
    }

    private void build(UUID exportId, UUID profileId) {
        Instant now = Timestamps.now();
        Map<String, Object> document = document(exportId, profileId, now);
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An export could not be written", e);
        }
        byte[] sealed = intimate.sealAnswer(sealingContext(exportId), gzip(json));
        Sql.update(em, "insert into data_export_file (export_id, content) values (:id, :content)",
                Map.of("id", exportId, "content", sealed));
        Sql.update(em, """
                update data_export set status = 'ready', ready_at = :now, expires_at = :expires where id = :id""",
                Map.of("id", exportId, "now", now, "expires", now.plus(retention)));
    }

    /** The whole document: a manifest, the person's profile, then every feature's sections in a stable order. */
    Map<String, Object> document(UUID exportId, UUID profileId, Instant now) {
        List<Stay> stays = Stay.of(em, profileId, now);
        ExportDocument.Profile profile = Sql.rows(em, """
                select id, display_name, time_zone, locale, created_at, updated_at from profile where id = :me""",
                Map.of("me", profileId)).stream()
                .map(row -> new ExportDocument.Profile(Sql.uuid(row.get("id")), (String) row.get("display_name"),
                        (String) row.get("time_zone"), (String) row.get("locale"), Sql.instant(row.get("created_at")),
                        Sql.instant(row.get("updated_at"))))
                .findFirst().orElseThrow();
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        features.stream().sorted(Comparator.comparing(feature -> feature.getClass().getName()))
                .forEach(feature -> sections.putAll(feature.export(profileId, stays)));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("profile", 1);
        sections.forEach((name, items) -> counts.put(name, items.size()));

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("manifest", new ExportDocument.Manifest(FORMAT, FORMAT_VERSION, exportId, profileId, now, counts,
                """
                        Everything you wrote and your own settings, and what your partner made visible to you, as \
                        they made it visible: never their private items, drafts or earlier wordings. After a couple \
                        ended, it holds only your own data of it (and agreement versions you both accepted). Items \
                        carry yours: true when you wrote them. Times are UTC; days are in the couple's time zone."""));
        document.put("profile", profile);
        document.putAll(sections);
        return document;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
