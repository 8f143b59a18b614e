package app.kintsugi.progress;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The whole-history figures and each partner's part in the range computed from the sources on every request, as the
 * summary did before the facts of migration V17 (one statement over {@link Acts#CTES} and {@link Acts#RUNS}, linear in
 * the history): the reference the facts are compared with.
 */
@ApplicationScoped
class ProgressFromScratch implements ProgressService.HistoryReader {

    private final EntityManager em;

    ProgressFromScratch(EntityManager em) {
        this.em = em;
    }

    @Override
    public ProgressService.History read(ProgressService.Scope scope, LocalDate[] range) {
        Map<String, Object> params = new HashMap<>();
        params.put("couples", List.of(scope.coupleId()));
        params.put("from", scope.start());
        params.put("to", scope.today());
        params.put("fromAt", scope.start().minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        params.put("toAt", scope.today().plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant());
        params.put("now", scope.now());
        params.put("soon", scope.cutoff());
        params.put("start", scope.start());
        params.put("today", scope.today());
        params.put("rangeFrom", range[0]);
        params.put("rangeTo", range[1]);
        String sql = "with " + Acts.CTES + ",\n" + Acts.RUNS + "\n"
                + """
                        select coalesce((select max(length) from runs), 0),
                               coalesce((select r.length from runs r where r.ends = (select max(day) from counted)), 0),
                               (select count(*) from hearts where day between cast(:today as date) - 6 and cast(:today as date)),
                               (select count(*) from hearts where day between cast(:today as date) - 27 and cast(:today as date)),
                               (select count(*) from hearts where day between cast(:rangeFrom as date) and cast(:rangeTo as date)),
                               (select min(day) from hearts),
                               (select min(seventh) from runs where length >= 7),
                               (select day from hearts order by day offset 29 limit 1),
                               (select day from hearts order by day offset 99 limit 1),
                               (select max(day) from showed)""";
        Query query = em.createNativeQuery(sql);
        params.forEach((name, value) -> {
            if (Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
                query.setParameter(name, value);
            }
        });
        Object[] cells = (Object[]) query.getSingleResult();
        return new ProgressService.History(count(cells[0]), count(cells[1]), count(cells[2]), count(cells[3]),
                count(cells[4]), ProgressService.day(cells[5]), ProgressService.day(cells[6]),
                ProgressService.day(cells[7]), ProgressService.day(cells[8]), ProgressService.day(cells[9]));
    }

    @Override
    public Map<UUID, long[]> taking(ProgressService.Scope scope, LocalDate[] range) {
        Map<UUID, long[]> taking = new HashMap<>();
        String sql = "with " + Acts.CTES + "\n" + """
                select m.profile_id, count(distinct a.day),
                       count(distinct a.day) filter (where a.kind = 'session'),
                       count(distinct a.day) filter (where a.kind = 'journal')
                from members m left join acts a on a.profile_id = m.profile_id and a.couple_id = m.couple_id
                group by m.profile_id""";
        Query query = em.createNativeQuery(sql);
        ProgressService.acts(scope, range[0], range[1]).forEach((name, value) -> {
            if (Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
                query.setParameter(name, value);
            }
        });
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            taking.put((UUID) cells[0], new long[]{count(cells[1]), count(cells[2]), count(cells[3])});
        }
        return taking;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
