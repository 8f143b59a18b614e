package app.kintsugi.rights;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.kintsugi.couple.CoupleAccess;
import app.kintsugi.platform.Timestamps;
import app.kintsugi.platform.crypto.IntimateText;
import app.kintsugi.platform.paging.Keyset;
import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.ProblemException;
import app.kintsugi.platform.problem.Problems;
import app.kintsugi.platform.security.Callers;
import app.kintsugi.profile.People;

/** A person's exports: asking for one, following it, downloading it. Each person sees their own only. */
@ApplicationScoped
@Transactional
class ExportService {

    static final String LIST = "my-exports";

    private final People people;
    private final EntityManager em;
    private final IntimateText intimate;
    private final Paging paging;
    private final Event<ExportRequested> requested;

    ExportService(People people, EntityManager em, IntimateText intimate, Paging paging,
            Event<ExportRequested> requested) {
        this.people = people;
        this.em = em;
        this.intimate = intimate;
        this.paging = paging;
        this.requested = requested;
    }

    /**
     * Asks for an export, or answers the one already being prepared: a person has at most one pending, so repeated
     * clicks do not queue work.
     */
    ExportView request(Callers caller) {
        UUID me = people.idOf(caller);
        Instant now = Timestamps.now();
        int inserted = Sql.update(em, """
                insert into data_export (id, profile_id, status, requested_at) values (:id, :me, 'pending', :now)
                on conflict (profile_id) where status = 'pending' do nothing""",
                Map.of("id", UUID.randomUUID(), "me", me, "now", now));
        DataExport export = DataExport.<DataExport>find("profileId = ?1 and status = 'pending'", me).firstResult();
        if (inserted > 0) {
            requested.fire(new ExportRequested(export.id));
        }
        return export.view(now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    ExportView get(Callers caller, String exportId) {
        return find(caller, exportId).view(Timestamps.now());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    ExportPage list(Callers caller, String limit, String cursor) {
        UUID me = people.idOf(caller);
        PageRequest request = paging.request(LIST, limit, cursor);
        Keyset keyset = Keyset.newestFirst("profileId = :me", Map.of("me", me), "requestedAt", request);
        List<DataExport> rows = DataExport.<DataExport>find(keyset.query(), keyset.params())
                .page(0, request.fetchSize()).list();
        Page<DataExport> page = paging.page(LIST, request, rows, export -> Keyset.key(export.requestedAt, export.id));
        Instant now = Timestamps.now();
        return new ExportPage(page.items().stream().map(export -> export.view(now)).toList(), page.nextCursor());
    }

    /** The export document, opened: JSON. Only a ready export that has not expired can be downloaded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    byte[] download(Callers caller, String exportId) {
        DataExport export = find(caller, exportId);
        switch (export.status(Timestamps.now())) {
            case PENDING -> throw DataRightsProblem.EXPORT_NOT_READY.exception();
            case FAILED -> throw DataRightsProblem.EXPORT_FAILED.exception();
            case EXPIRED -> throw DataRightsProblem.EXPORT_EXPIRED.exception();
            case READY -> {
                // Below.
            }
        }
        List<jakarta.persistence.Tuple> rows = Sql.rows(em,
                "select content from data_export_file where export_id = :id", Map.of("id", export.id));
        if (rows.isEmpty()) {
            // Swept between the status read and now: the same answer as a moment later.
            throw DataRightsProblem.EXPORT_EXPIRED.exception();
        }
        byte[] sealed = (byte[]) rows.get(0).get("content");
        return gunzip(intimate.openAnswer(ExportWorker.sealingContext(export.id), sealed));
    }

    private DataExport find(Callers caller, String exportId) {
        UUID me = people.idOf(caller);
        Optional<UUID> id = CoupleAccess.parse(exportId);
        if (id.isEmpty()) {
            throw notFound();
        }
        Optional<DataExport> export = DataExport.find("id = ?1 and profileId = ?2", id.get(), me).firstResultOptional();
        return export.orElseThrow(ExportService::notFound);
    }

    static ProblemException notFound() {
        return Problems.notFound("You have no export with this id.");
    }

    private static byte[] gunzip(byte[] compressed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("An export file could not be read", e);
        }
    }
}
