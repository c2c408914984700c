package io.attract.project;

import io.attract.enterprise.Enterprise;
import io.attract.enterprise.NameKey;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the system already has for the projects and firms a ledger names, loaded in a few queries of up to a
 * thousand keys each instead of one query per row: projects by code and name (with unit and investors), each
 * project's latest stage date, its funds up to the ledger month's end and its work-log lines of the ledger day,
 * and firms by credit code and name key.
 */
final class LedgerExisting {

    private static final int CHUNK = 1000;

    final Map<String, Project> projectsByCode = new HashMap<>();
    final Map<String, List<Project>> projectsByName = new HashMap<>();
    final Map<Long, LocalDate> lastStageDate = new HashMap<>();
    final Map<Long, List<ProjectFund>> funds = new HashMap<>();
    final Map<Long, Set<String>> worklog = new HashMap<>();
    final Map<String, Enterprise> enterprisesByCode = new HashMap<>();
    final Map<String, Enterprise> enterprisesByKey = new HashMap<>();

    static LedgerExisting load(EntityManager em, List<LedgerRow> rows, LocalDate monthEnd, LocalDate ledgerDay) {
        LedgerExisting x = new LedgerExisting();
        List<String> codes = rows.stream()
                .map(LedgerRow::code)
                .filter(Objects::nonNull)
                .map(LedgerExisting::codeKey)
                .distinct()
                .toList();
        List<String> names = rows.stream()
                .filter(r -> r.code() == null)
                .map(LedgerRow::name)
                .distinct()
                .toList();
        Map<Long, Project> found = new HashMap<>();
        chunks(codes, part -> projects(em, "upper(p.code) in :keys", part).forEach(p -> found.put(p.id, p)));
        chunks(names, part -> projects(em, "p.name in :keys", part).forEach(p -> found.put(p.id, p)));
        found.values().forEach(p -> {
            x.projectsByCode.put(codeKey(p.code), p);
            x.projectsByName.computeIfAbsent(p.name, k -> new ArrayList<>()).add(p);
        });
        List<Long> ids = List.copyOf(found.keySet());
        chunks(ids, part -> {
            em.createQuery("""
                    select t.project.id as projectId, max(t.effectiveDate) as lastOn from ProjectTransition t
                    where t.project.id in :ids and t.revertedBy is null group by t.project.id""", Tuple.class)
                    .setParameter("ids", part)
                    .getResultList()
                    .forEach(
                            r -> x.lastStageDate.put(r.get("projectId", Long.class), r.get("lastOn", LocalDate.class)));
            em.createQuery("from ProjectFund f where f.project.id in :ids and f.arrivedOn <= :end", ProjectFund.class)
                    .setParameter("ids", part)
                    .setParameter("end", monthEnd)
                    .getResultList()
                    .forEach(f -> x.funds
                            .computeIfAbsent(f.project.id, k -> new ArrayList<>())
                            .add(f));
            em.createQuery("""
                    select w.project.id as projectId, w.kind as kind, w.content as content from WorklogEntry w
                    where w.project.id in :ids and w.loggedOn = :on""", Tuple.class)
                    .setParameter("ids", part)
                    .setParameter("on", ledgerDay)
                    .getResultList()
                    .forEach(r -> x.worklog
                            .computeIfAbsent(r.get("projectId", Long.class), k -> new HashSet<>())
                            .add(worklogKey(r.get("kind", WorklogKind.class), r.get("content", String.class))));
        });
        List<String> creditCodes = rows.stream()
                .flatMap(r -> r.investors().stream())
                .map(LedgerRow.Investor::creditCode)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        List<String> nameKeys = rows.stream()
                .flatMap(r -> r.investors().stream())
                .map(i -> NameKey.of(i.name()))
                .distinct()
                .toList();
        chunks(
                creditCodes,
                part -> em.createQuery(
                                "from Enterprise e left join fetch e.mergedInto where e.creditCode in :keys",
                                Enterprise.class)
                        .setParameter("keys", part)
                        .getResultList()
                        .forEach(e -> x.enterprisesByCode.put(e.creditCode, e)));
        chunks(
                nameKeys,
                part -> em.createQuery(
                                "from Enterprise e where e.mergedInto is null and e.nameKey in :keys order by e.id",
                                Enterprise.class)
                        .setParameter("keys", part)
                        .getResultList()
                        .forEach(e -> x.enterprisesByKey.putIfAbsent(e.nameKey, e)));
        return x;
    }

    /** Project codes compare without regard to case: xm2026-00001 is XM2026-00001. */
    static String codeKey(String code) {
        return code.toUpperCase(java.util.Locale.ROOT);
    }

    static String worklogKey(WorklogKind kind, String content) {
        return kind.name() + "\u0000" + content;
    }

    private static List<Project> projects(EntityManager em, String where, List<?> keys) {
        return em.createQuery(
                        "select p from Project p join fetch p.unit left join fetch p.investors where " + where,
                        Project.class)
                .setParameter("keys", keys)
                .getResultList();
    }

    private static <T> void chunks(Collection<T> values, Consumer<List<T>> each) {
        List<T> list = List.copyOf(values);
        for (int i = 0; i < list.size(); i += CHUNK) {
            each.accept(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
    }
}
