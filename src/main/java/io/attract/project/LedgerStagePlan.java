package io.attract.project;

import static io.attract.project.LedgerColumns.STAGE;
import static io.attract.project.LedgerColumns.STAGE_DATES;

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
 * they are recorded with a reason.
 */
final class LedgerStagePlan {

    /** One stage change to record. */
    record Step(ProjectStage from, ProjectStage to, LocalDate date) {
    }

    private LedgerStagePlan() {
    }

    static List<Step> forNew(LedgerRow row, LocalDate ledgerDay) {
        List<Step> steps = new ArrayList<>();
        ProjectStage current = null;
        LocalDate last = null;
        for (Map.Entry<ProjectStage, LocalDate> e : row.dates().entrySet()) {
            steps.add(new Step(current, e.getKey(), e.getValue()));
            current = e.getKey();
            last = e.getValue();
        }
        if (current == null) {
            // No date at all: the sheet has no date column for its stage; the project starts there on the ledger day.
            ProjectStage start = row.stage().inFunnel() ? row.stage() : ProjectStage.LEAD;
            steps.add(new Step(null, start, ledgerDay));
            current = start;
        } else if (row.stage().inFunnel() && current.before(row.stage())) {
            steps.add(new Step(current, row.stage(), last.isBefore(ledgerDay) ? ledgerDay : last));
            current = row.stage();
        }
        if (!row.stage().inFunnel()) {
            steps.add(new Step(current, row.stage(), last == null || last.isBefore(ledgerDay) ? ledgerDay : last));
        }
        return steps;
    }

    /** The forward moves from where the project is; none when the ledger agrees with the system. */
    static List<Step> forExisting(LedgerRow row, Project p, LocalDate lastDate, LocalDate ledgerDay,
            BiConsumer<String, String> error) {
        Map<ProjectStage, LocalDate> system = milestones(p);
        ProjectStage reached = p.funnelStage() != null ? p.funnelStage() : furthest(system);
        boolean ok = true;
        for (Map.Entry<ProjectStage, LocalDate> e : row.dates().entrySet()) {
            String column = STAGE_DATES.get(e.getKey());
            LocalDate known = system.get(e.getKey());
            if (known != null && !known.equals(e.getValue())) {
                error.accept(column, column + "（" + e.getValue() + "）与系统记录（" + known
                        + "）不一致：已登记的日期请在系统中以“更正”方式修改");
                ok = false;
            } else if (known == null && !reached.before(e.getKey())) {
                error.accept(column, "系统中该项目已处于“" + ProjectLabels.stage(reached) + "”，但没有登记"
                        + ProjectLabels.stage(e.getKey()) + "：补登请在系统中以“更正”方式办理");
                ok = false;
            }
        }
        ProjectStage target = row.stage();
        if (p.stage == ProjectStage.TERMINATED && target != ProjectStage.TERMINATED) {
            error.accept(STAGE, "该项目在系统中已终止；如需恢复，请在系统中以“更正”方式办理");
            return List.of();
        }
        if (target.inFunnel() && target.before(reached)) {
            error.accept(STAGE, "台账阶段“" + ProjectLabels.stage(target) + "”早于系统中的“" + ProjectLabels.stage(reached)
                    + "”：退回阶段请在系统中以“更正”方式办理并说明原因");
            return List.of();
        }
        if (!ok || p.stage == ProjectStage.TERMINATED) {
            return List.of();
        }
        List<Step> steps = new ArrayList<>();
        ProjectStage current = p.stage;
        LocalDate last = lastDate != null ? lastDate : p.stageSince;
        for (Map.Entry<ProjectStage, LocalDate> e : row.dates().entrySet()) {
            if (!reached.before(e.getKey())) {
                continue;
            }
            if (e.getValue().isBefore(last)) {
                String column = STAGE_DATES.get(e.getKey());
                error.accept(column, column + "（" + e.getValue() + "）早于系统中最近一次阶段变更的日期（" + last + "）");
                return List.of();
            }
            steps.add(new Step(current, e.getKey(), e.getValue()));
            current = e.getKey();
            last = e.getValue();
        }
        LocalDate sideDate = last.isBefore(ledgerDay) ? ledgerDay : last;
        if (target.inFunnel() && current.inFunnel() && current.before(target)) {
            steps.add(new Step(current, target, sideDate)); // the sheet has no date column for the stage
        } else if (target.inFunnel() && current == ProjectStage.ON_HOLD) {
            steps.add(new Step(ProjectStage.ON_HOLD, target, sideDate));
        } else if (!target.inFunnel() && current != target) {
            steps.add(new Step(current, target, sideDate));
        }
        return steps;
    }

    /**
     * One warning for each stage whose date column the sheet lacks while some row is at that stage: those rows
     * reach it on the ledger day.
     */
    static void warnMissingDateColumns(List<LedgerRow> rows, LedgerColumns.Headers headers, LocalDate ledgerDay,
            List<io.attract.common.excel.ImportReport.RowWarning> warnings) {
        for (Map.Entry<ProjectStage, String> e : STAGE_DATES.entrySet()) {
            long count = rows.stream().filter(r -> r.stage() == e.getKey()).count();
            if (count > 0 && !headers.has(e.getValue())) {
                warnings.add(new io.attract.common.excel.ImportReport.RowWarning(0, e.getValue(), "表中没有“"
                        + e.getValue() + "”列：" + count + " 个阶段为“" + ProjectLabels.stage(e.getKey())
                        + "”的项目，新项目按台账月末（" + ledgerDay + "）计入该阶段"));
            }
        }
    }

    /** Moves the project along the steps, keeping its stage, stage date, held stage and milestone dates. */
    static void apply(Project p, List<Step> steps) {
        for (Step s : steps) {
            p.heldStage = s.to() == ProjectStage.ON_HOLD ? p.funnelStage() : null;
            p.stage = s.to();
            p.stageSince = s.date();
            switch (s.to()) {
                case NEGOTIATING -> p.negotiatingOn = p.negotiatingOn == null ? s.date() : p.negotiatingOn;
                case SIGNED -> p.signedOn = p.signedOn == null ? s.date() : p.signedOn;
                case REGISTERED -> p.registeredOn = p.registeredOn == null ? s.date() : p.registeredOn;
                case CONSTRUCTION -> p.constructionOn = p.constructionOn == null ? s.date() : p.constructionOn;
                case OPERATING -> p.operatingOn = p.operatingOn == null ? s.date() : p.operatingOn;
                default -> {
                }
            }
        }
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
