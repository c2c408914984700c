package io.attract.project;

import static io.attract.project.LedgerColumns.STAGE;
import static io.attract.project.LedgerColumns.STAGE_DATES;

import io.attract.common.time.BusinessDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The stage changes a ledger row means. A new project gets one change per date given, in funnel order, ending at
 * 阶段 (搁置 and 终止 dated the ledger day). An existing project only moves forward: dates the system has must
 * match, and going back or changing a date is refused, because corrections are made in the system (更正) where
 * they are recorded with a reason. Each change is checked by {@link StageRules} as an imported one (note 台账导入,
 * no agreement type); a refusal is told in the ledger's words.
 */
final class LedgerStagePlan {

    private LedgerStagePlan() {}

    static List<StageRules.Move> forNew(LedgerRow row, LocalDate ledgerDay, BiConsumer<String, String> error) {
        List<StageRules.Change> changes = new ArrayList<>();
        ProjectStage current = null;
        LocalDate last = null;
        for (Map.Entry<ProjectStage, LocalDate> e : row.dates().entrySet()) {
            changes.add(change(e.getKey(), e.getValue()));
            current = e.getKey();
            last = e.getValue();
        }
        if (current == null) {
            // No date at all: the sheet has no date column for its stage; the project starts there on the ledger day.
            ProjectStage start = row.stage().inFunnel() ? row.stage() : ProjectStage.LEAD;
            changes.add(change(start, ledgerDay));
            current = start;
        } else if (row.stage().inFunnel() && current.before(row.stage())) {
            changes.add(change(row.stage(), last.isBefore(ledgerDay) ? ledgerDay : last));
        }
        if (!row.stage().inFunnel()) {
            changes.add(change(row.stage(), last == null || last.isBefore(ledgerDay) ? ledgerDay : last));
        }
        return checked(StageRules.Position.NEW, changes, error);
    }

    /** The forward moves from where the project is; none when the ledger agrees with the system. */
    static List<StageRules.Move> forExisting(
            LedgerRow row, Project p, LocalDate lastDate, LocalDate ledgerDay, BiConsumer<String, String> error) {
        Map<ProjectStage, LocalDate> system = milestones(p);
        ProjectStage reached = p.funnelStage() != null ? p.funnelStage() : furthest(system);
        boolean ok = true;
        for (Map.Entry<ProjectStage, LocalDate> e : row.dates().entrySet()) {
            String column = STAGE_DATES.get(e.getKey());
            LocalDate known = system.get(e.getKey());
            if (known != null && !known.equals(e.getValue())) {
                error.accept(column, column + "（" + e.getValue() + "）与系统记录（" + known + "）不一致：已登记的日期请在系统中以“更正”方式修改");
                ok = false;
            } else if (known == null && !reached.before(e.getKey())) {
                error.accept(
                        column,
                        "系统中该项目已处于“" + ProjectLabels.stage(reached) + "”，但没有登记" + ProjectLabels.stage(e.getKey())
                                + "：补登请在系统中以“更正”方式办理");
                ok = false;
            }
        }
        StageRules.Position at = StageRules.Position.of(p, lastDate != null ? lastDate : p.stageSince);
        ProjectStage target = row.stage();
        if (target != p.stage && !forward(at, target, reached, error)) {
            return List.of();
        }
        if (!ok || p.stage == ProjectStage.TERMINATED) {
            return List.of();
        }
        List<StageRules.Change> changes = new ArrayList<>();
        ProjectStage current = p.stage;
        LocalDate last = at.lastChange();
        for (Map.Entry<ProjectStage, LocalDate> e : row.dates().entrySet()) {
            if (reached.before(e.getKey())) {
                changes.add(change(e.getKey(), e.getValue()));
                current = e.getKey();
                last = e.getValue();
            }
        }
        // The sheet has no date column for the stage (or 搁置/终止, or resuming from 搁置): the ledger day.
        if (current != target) {
            changes.add(change(target, last.isBefore(ledgerDay) ? ledgerDay : last));
        }
        return checked(at, changes, error);
    }

    /**
     * One warning for each stage whose date column the sheet lacks while some row is at that stage: those rows
     * reach it on the ledger day.
     */
    static void warnMissingDateColumns(
            List<LedgerRow> rows,
            LedgerColumns.Headers headers,
            LocalDate ledgerDay,
            List<io.attract.common.excel.ImportReport.RowWarning> warnings) {
        for (Map.Entry<ProjectStage, String> e : STAGE_DATES.entrySet()) {
            long count = rows.stream().filter(r -> r.stage() == e.getKey()).count();
            if (count > 0 && !headers.has(e.getValue())) {
                warnings.add(new io.attract.common.excel.ImportReport.RowWarning(
                        0,
                        e.getValue(),
                        "表中没有“"
                                + e.getValue() + "”列：" + count + " 个阶段为“" + ProjectLabels.stage(e.getKey())
                                + "”的项目，新项目按台账月末（" + ledgerDay + "）计入该阶段"));
            }
        }
    }

    private static StageRules.Change change(ProjectStage to, LocalDate date) {
        return StageRules.Change.imported(to, date, LedgerWriter.NOTE);
    }

    /**
     * Whether the rules let the project go from where it is to the row's 阶段 without a correction; if not, tells
     * the row why in the ledger's words.
     */
    private static boolean forward(
            StageRules.Position at, ProjectStage target, ProjectStage reached, BiConsumer<String, String> error) {
        try {
            StageRules.backwards(at, target, false);
            return true;
        } catch (StageRules.Refusal refusal) {
            if (at.stage() == ProjectStage.TERMINATED) {
                error.accept(STAGE, "该项目在系统中已终止；如需恢复，请在系统中以“更正”方式办理");
            } else if (refusal.code().equals("project.correction_required")) {
                error.accept(
                        STAGE,
                        "台账阶段“" + ProjectLabels.stage(target) + "”早于系统中的“" + ProjectLabels.stage(reached)
                                + "”：退回阶段请在系统中以“更正”方式办理并说明原因");
            } else {
                error.accept(STAGE, refusal.getMessage());
            }
            return false;
        }
    }

    /** The changes in order, each checked from where the one before left the project; none after a refusal. */
    private static List<StageRules.Move> checked(
            StageRules.Position at, List<StageRules.Change> changes, BiConsumer<String, String> error) {
        List<StageRules.Move> moves = new ArrayList<>();
        for (StageRules.Change c : changes) {
            try {
                StageRules.Move m = StageRules.check(at, c, BusinessDates.today());
                moves.add(m);
                at = at.after(m);
            } catch (StageRules.Refusal refusal) {
                if (refusal.code().equals("project.transition_date_order")) { // only a dated stage comes early
                    String column = STAGE_DATES.get(c.to());
                    error.accept(column, column + "（" + c.date() + "）早于系统中最近一次阶段变更的日期（" + at.lastChange() + "）");
                } else {
                    error.accept(STAGE, refusal.getMessage());
                }
                return List.of();
            }
        }
        return moves;
    }

    private static Map<ProjectStage, LocalDate> milestones(Project p) {
        Map<ProjectStage, LocalDate> m = new EnumMap<>(ProjectStage.class);
        put(m, ProjectStage.NEGOTIATING, p.negotiatingOn);
        put(m, ProjectStage.SIGNED, p.signedOn);
        put(m, ProjectStage.REGISTERED, p.registeredOn);
        put(m, ProjectStage.CONSTRUCTION, p.constructionOn);
        put(m, ProjectStage.OPERATING, p.operatingOn);
        return m;
    }

    private static void put(Map<ProjectStage, LocalDate> m, ProjectStage stage, LocalDate date) {
        if (date != null) {
            m.put(stage, date);
        }
    }

    /** For a terminated project: the furthest funnel stage it had reached. */
    private static ProjectStage furthest(Map<ProjectStage, LocalDate> milestones) {
        return milestones.keySet().stream().reduce((a, b) -> b).orElse(ProjectStage.LEAD);
    }
}
