package io.attract.project;

import io.attract.common.audit.AuditLog;
import io.attract.job.JobProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a checked ledger: new firms, projects (with generated codes where the ledger has none), stage changes
 * (recorded and confirmed by the importer, note 台账导入), the import's fund entries and new work-log lines. The
 * entities are persisted in the caller's transaction and flushed in JDBC batches; nothing is queried per row.
 */
@ApplicationScoped
public class LedgerWriter {

    @Inject
    AuditLog audit;

    @Inject
    Event<FundDeleted> fundDeleted;

    static final String NOTE = "台账导入";

    /** New projects written between two flushes; then the session is emptied, so that its memory stays bounded. */
    private static final int CHUNK = 500;

    /**
     * Runs in the import's transaction. The changes to projects the system has are written first, while the records
     * loaded for the check are still managed; the new projects follow in chunks, each flushed (one JDBC batch per
     * table) and then cleared from the session: a 50,000-row ledger would otherwise hold half a million records.
     */
    void write(
            List<LedgerPlan> plans,
            LedgerInvestors investors,
            String username,
            LocalDate ledgerDay,
            JobProgress progress) {
        EntityManager em = Project.getEntityManager();
        Iterator<String> codes = newCodes(em, plans).iterator();
        investors.persistNew();
        Instant now = Instant.now();
        List<Long> logged = new ArrayList<>();
        List<Map.Entry<Long, Long>> eventLinks = new ArrayList<>();
        List<LedgerPlan> ordered =
                new ArrayList<>(plans.stream().filter(p -> !p.creates()).toList());
        ordered.addAll(plans.stream().filter(LedgerPlan::creates).toList());
        List<Map.Entry<Long, Project>> unflushed = new ArrayList<>();
        int done = 0;
        for (LedgerPlan plan : ordered) {
            Project p = plan.existing();
            if (p == null) {
                p = new Project();
                p.unit = plan.row().unit();
                p.code = plan.row().code() != null ? plan.row().code() : codes.next();
                plan.fields().applyTo(p);
                moveAlong(p, plan.steps());
                p.lastWorklogOn = plan.worklog().isEmpty() ? null : ledgerDay;
                p.persist();
            } else {
                if (!plan.fields().sameAs(p)) {
                    plan.fields().applyTo(p);
                }
                moveAlong(p, plan.steps());
            }
            for (StageRules.Move move : plan.steps()) {
                transition(p, move, username, now).persist();
            }
            for (LedgerFundPlan.Change change : plan.funds()) {
                fund(p, change, plan.fields().originTier(), username, now);
            }
            for (var line : plan.worklog().entrySet()) {
                WorklogEntry e = new WorklogEntry();
                e.project = p;
                e.loggedOn = ledgerDay;
                e.kind = line.getKey();
                e.content = line.getValue();
                e.recordedAt = now;
                e.recordedBy = username;
                e.persist();
            }
            if (plan.row().engagement().eventId() != null) {
                unflushed.add(Map.entry(plan.row().engagement().eventId(), p));
            }
            if (!plan.worklog().isEmpty() && !plan.creates()) {
                logged.add(p.id);
            }
            progress.done(++done);
            if (plan.creates() && done % CHUNK == 0) {
                flushAndClear(em, unflushed, eventLinks);
            }
        }
        flushAndClear(em, unflushed, eventLinks);
        touchWorklog(em, logged, ledgerDay);
        linkEvents(em, eventLinks, username);
    }

    /** Sends what the session holds to the database and forgets it (the commit need not walk it again). */
    private static void flushAndClear(
            EntityManager em, List<Map.Entry<Long, Project>> unflushed, List<Map.Entry<Long, Long>> eventLinks) {
        em.flush();
        unflushed.forEach(link -> eventLinks.add(Map.entry(link.getKey(), link.getValue().id)));
        unflushed.clear();
        em.clear();
    }

    /** Moves the project along the checked steps (the stage rules set its stage, stage date and milestones). */
    private static void moveAlong(Project p, List<StageRules.Move> moves) {
        for (StageRules.Move move : moves) {
            StageRules.move(p, move);
        }
    }

    /** An imported transition carries no agreement type (the ledger has none), even when it resumes a signing. */
    private static ProjectTransition transition(Project p, StageRules.Move move, String username, Instant now) {
        ProjectTransition t = new ProjectTransition();
        t.project = p;
        t.fromStage = move.from();
        t.toStage = move.to();
        t.effectiveDate = move.date();
        t.note = NOTE;
        t.recordedAt = now;
        t.recordedBy = username;
        t.confirm(username, now);
        t.counted = true;
        return t;
    }

    /** An import entry the ledger no longer needs is deleted with its files (a slip added to it since). */
    private void fund(Project p, LedgerFundPlan.Change change, OriginTier tier, String username, Instant now) {
        ProjectFund f = change.existing();
        if (change.amount() == null) {
            f.delete();
            fundDeleted.fire(new FundDeleted(f.id));
            return;
        }
        if (f == null) {
            f = new ProjectFund();
            f.project = p;
            f.evidence = change.evidence();
            f.recordedAt = now;
            f.recordedBy = username;
        }
        f.arrivedOn = change.arrivedOn();
        f.amount = change.amount();
        f.foreignUsd = change.foreignUsd();
        f.originTier = tier != null ? tier : f.originTier;
        if (!f.counted()) {
            f.confirm(username, now);
            f.returnedAt = null;
            f.returnReason = null;
        }
        if (f.id == null) {
            f.persist();
        }
    }

    /** The events the sheet names for its projects (关联活动), each link once, audited like one made by hand. */
    private void linkEvents(EntityManager em, List<Map.Entry<Long, Long>> links, String username) {
        for (Map.Entry<Long, Long> link : links) {
            long event = link.getKey();
            long project = link.getValue();
            int added = em.createNativeQuery("""
                    insert into event_project (event_id, project_id, added_by) values (?1, ?2, ?3)
                    on conflict do nothing""")
                    .setParameter(1, event)
                    .setParameter(2, project)
                    .setParameter(3, username)
                    .setFlushMode(FlushModeType.COMMIT)
                    .executeUpdate();
            if (added > 0) {
                audit.record(
                        "CREATE", "EventProject", event + ":" + project, Map.of("event", event, "project", project));
            }
        }
    }

    /** Keeps {@code lastWorklogOn} of the projects that got work-log lines (after the flush), in one statement. */
    private static void touchWorklog(EntityManager em, List<Long> ids, LocalDate on) {
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                update project set last_worklog_on = ?1
                where id = any(?2) and (last_worklog_on is null or last_worklog_on < ?1)""")
                .setParameter(1, on)
                .setParameter(2, ids.toArray(Long[]::new))
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
    }

    /** XM<year>-<nnnnn> codes for the new projects the ledger gives no code, taken from the code sequence in bulk. */
    private static List<String> newCodes(EntityManager em, List<LedgerPlan> plans) {
        List<Integer> years = plans.stream()
                .filter(p -> p.creates() && p.row().code() == null)
                .map(p -> p.steps().get(0).date().getYear())
                .toList();
        Set<String> sheetCodes = new HashSet<>();
        plans.stream().map(p -> p.row().code()).filter(Objects::nonNull).forEach(sheetCodes::add);
        List<String> codes = new ArrayList<>();
        while (codes.size() < years.size()) {
            List<Integer> wanted = years.subList(codes.size(), years.size());
            List<?> numbers = em.createNativeQuery("select nextval('project_code_seq') from generate_series(1, ?1)")
                    .setParameter(1, wanted.size())
                    .getResultList();
            List<String> candidates = new ArrayList<>();
            for (int i = 0; i < wanted.size(); i++) {
                candidates.add("XM%d-%05d".formatted(wanted.get(i), ((Number) numbers.get(i)).longValue()));
            }
            Set<String> taken = new HashSet<>(sheetCodes);
            for (int i = 0; i < candidates.size(); i += 1000) {
                taken.addAll(em.createQuery("select p.code from Project p where p.code in :codes", String.class)
                        .setParameter("codes", candidates.subList(i, Math.min(candidates.size(), i + 1000)))
                        .getResultList());
            }
            for (String candidate : candidates) {
                if (taken.contains(candidate)) {
                    break;
                }
                codes.add(candidate);
            }
        }
        return codes;
    }
}
