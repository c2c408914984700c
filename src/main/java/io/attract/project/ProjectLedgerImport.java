package io.attract.project;

import static io.attract.project.LedgerColumns.CODE;
import static io.attract.project.LedgerColumns.NAME;
import static io.attract.project.LedgerColumns.UNIT;

import io.attract.common.error.ApiException;
import io.attract.common.excel.ImportReport.RowError;
import io.attract.common.excel.ImportReport.RowWarning;
import io.attract.common.excel.SheetReader;
import io.attract.common.excel.TableLayout;
import io.attract.common.excel.WorkbookReader;
import io.attract.common.persistence.SizedTransactions;
import io.attract.common.security.Roles;
import io.attract.common.time.BusinessDates;
import io.attract.job.JobPhase;
import io.attract.job.JobProgress;
import io.attract.unit.Unit;
import io.attract.user.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Imports the monthly ledger sheet (月度台账) as a district keeps it (docs/api-ledger-import.md). Every row is read
 * and compared with the system first; only when no row has an error and every name is known is anything written,
 * in one transaction whose time limit grows with the sheet. A project is found by 项目编号, else by its exact name;
 * importing the same sheet again changes nothing. Officers and unit heads import their own unit's rows;
 * statisticians and admins any unit's, and only they may create the units, zones and parks a sheet names.
 */
@ApplicationScoped
public class ProjectLedgerImport {

    @Inject
    CurrentUser me;

    @Inject
    OriginTiers originTiers;

    @Inject
    LedgerWriter writer;

    @Inject
    SizedTransactions transactions;

    /** Refuses, before any work, a caller who may import no row at all. */
    public void requireAllowed() {
        if (!anyUnit() && me.unit().isEmpty()) {
            throw new ApiException(400, "user.no_unit", "您尚未分配责任单位，不能导入台账。请联系系统管理员。");
        }
    }

    private boolean anyUnit() {
        return me.hasRole(Roles.STATS) || me.hasRole(Roles.ADMIN);
    }

    /** The sheet's table as found in the file ({@code sheet}: another sheet than the one detected). */
    static TableLayout.Table table(String fileName, byte[] content, String sheet) {
        return TableLayout.find(WorkbookReader.read(fileName, content), sheet, LedgerColumns.VOCABULARY);
    }

    public LedgerReport run(
            String fileName,
            byte[] content,
            boolean dryRun,
            YearMonth month,
            LedgerImportOptions options,
            JobProgress progress) {
        requireAllowed();
        progress.phase(JobPhase.PARSING, 0);
        TableLayout.Table table = table(fileName, content, options.sheet());
        // A district's whole ledger is one transaction: its limit grows with the sheet (5,000 rows: 6 min).
        return transactions.run(
                SizedTransactions.limitFor(table.rows().size(), 20),
                () -> check(table, dryRun, month, options, progress),
                LedgerReport::applied);
    }

    private LedgerReport check(
            TableLayout.Table table,
            boolean dryRun,
            YearMonth month,
            LedgerImportOptions options,
            JobProgress progress) {
        refuseClosed(month);
        Unit myUnit = me.unit().orElse(null);
        LocalDate today = BusinessDates.today();
        LocalDate monthEnd = month.atEndOfMonth();
        LocalDate ledgerDay = monthEnd.isAfter(today) ? today : monthEnd;
        // Thousands of rows put tens of thousands of records in the session: without this, every query would first
        // walk all of them to see whether they must be flushed. The writer flushes once, when everything is ready.
        Project.getEntityManager().unwrap(Session.class).setHibernateFlushMode(FlushMode.COMMIT);
        Map<Integer, LedgerColumns.Recognised> columns = columns(table, options);
        LedgerColumns.Headers headers = LedgerColumns.match(table.headers(), columns);
        Outcome out = new Outcome(table, month);
        out.errors.addAll(headers.errors());
        out.warnings.addAll(headers.warnings());
        if (out.errors.isEmpty() && table.rows().isEmpty()) {
            out.errors.add(
                    new RowError(table.headerRows().get(table.headerRows().size() - 1), "", "表中没有项目行：表头下面没有可以导入的项目"));
        }
        if (!out.errors.isEmpty()) {
            return out.refused();
        }
        LedgerCatalogue catalogue = LedgerCatalogue.load();
        LedgerNames.apply(options.resolutions(), catalogue, anyUnit());
        LedgerNames names = new LedgerNames();
        LedgerRowParser parser = new LedgerRowParser(catalogue, today);
        List<LedgerRow> rows = new ArrayList<>();
        Map<String, Integer> keysSeen = new HashMap<>();
        SheetReader.Sheet1 sheet = SheetReader.of(table);
        progress.phase(JobPhase.VALIDATING, sheet.rows().size());
        int checked = 0;
        for (SheetReader.SheetRow sheetRow : sheet.rows()) {
            progress.done(checked++);
            LedgerCells cells = new LedgerCells(sheetRow, headers, out.errors, out.warnings, names);
            LedgerRow row = parser.parse(cells);
            if (row == null) {
                continue;
            }
            if (!anyUnit() && !row.unit().id.equals(myUnit.id)) {
                cells.error(UNIT, "只能导入本单位（" + myUnit.name + "）的项目；" + row.unit().name + "的项目请由该单位导入");
                continue;
            }
            Integer twin = keysSeen.putIfAbsent(row.key(), row.number());
            if (twin != null) {
                cells.error(row.code() != null ? CODE : NAME, "与第 " + twin + " 行是同一个项目");
                continue;
            }
            rows.add(row);
        }
        progress.done(checked);
        warnUnknownEngagements(rows, out.warnings);
        out.totals.addAll(LedgerTotals.check(table, headers, out.warnings));
        LedgerStagePlan.warnMissingDateColumns(rows, headers, ledgerDay, out.warnings);
        out.unresolved.addAll(names.report(anyUnit()));
        Planned planned = plan(rows, month, monthEnd, ledgerDay, myUnit, out.errors, out.warnings);
        List<LedgerPlan> plans = planned.plans();
        if (!out.errors.isEmpty() || !out.unresolved.isEmpty()) {
            return out.refused();
        }
        int created = (int) plans.stream().filter(LedgerPlan::creates).count();
        int unchanged = (int) plans.stream().filter(LedgerPlan::unchanged).count();
        int updated = plans.size() - created - unchanged;
        if (dryRun) {
            return out.report("VALID", created, updated, unchanged, false);
        }
        progress.phase(JobPhase.WRITING, plans.size());
        writer.write(plans, planned.investors(), me.username(), ledgerDay, progress);
        LedgerMappings.remember(table.headers(), columns, me.username());
        return out.report("APPLIED", created, updated, unchanged, true);
    }

    /** The columns as detected, or as remembered for this shape of sheet, then as the user mapped them. */
    static Map<Integer, LedgerColumns.Recognised> columns(TableLayout.Table table, LedgerImportOptions options) {
        Map<Integer, LedgerField> mapping =
                new HashMap<>(LedgerMappings.remembered(table.headers()).orElse(Map.of()));
        options.mapping().forEach(mapping::put);
        return LedgerColumns.detect(table.headers(), mapping, LedgerTotals.sheetUnit(table.above()));
    }

    private record Planned(List<LedgerPlan> plans, LedgerInvestors investors) {}

    private Planned plan(
            List<LedgerRow> rows,
            YearMonth month,
            LocalDate monthEnd,
            LocalDate ledgerDay,
            Unit myUnit,
            List<RowError> errors,
            List<RowWarning> warnings) {
        LedgerExisting existing = LedgerExisting.load(Project.getEntityManager(), rows, monthEnd, ledgerDay);
        LedgerInvestors investors = new LedgerInvestors(existing, me.username());
        List<LedgerPlan> plans = new ArrayList<>();
        Map<Long, Integer> projectsSeen = new HashMap<>();
        for (LedgerRow row : rows) {
            int before = errors.size();
            BiConsumer<String, String> error =
                    (column, message) -> errors.add(new RowError(row.number(), column, message));
            Project project = match(row, existing, error);
            if (project != null) {
                Integer twin = projectsSeen.putIfAbsent(project.id, row.number());
                if (twin != null) {
                    error.accept(row.code() != null ? CODE : NAME, "与第 " + twin + " 行是系统中的同一个项目（" + project.code + "）");
                } else if (!project.unit.id.equals(row.unit().id)) {
                    error.accept(
                            UNIT, "该项目（" + project.code + "）在系统中由" + project.unit.name + "负责，与台账不一致：变更责任单位请在系统中办理");
                }
            }
            if (errors.size() > before) {
                continue;
            }
            String defaultOwner = myUnit != null && myUnit.id.equals(row.unit().id) ? me.username() : null;
            LedgerProjectFields fields =
                    LedgerProjectFields.of(row, project, investors.resolve(row), originTiers, defaultOwner);
            checkTier(row, warnings);
            List<StageRules.Move> steps = project == null
                    ? LedgerStagePlan.forNew(row, ledgerDay, error)
                    : LedgerStagePlan.forExisting(
                            row, project, existing.lastStageDate.get(project.id), ledgerDay, error);
            List<ProjectFund> funds = project == null ? List.of() : existing.funds.getOrDefault(project.id, List.of());
            List<LedgerFundPlan.Change> fundChanges =
                    LedgerFundPlan.plan(row, funds, fields.originTier(), month, ledgerDay, error);
            plans.add(new LedgerPlan(
                    row,
                    project,
                    fields,
                    steps,
                    fundChanges,
                    newWorklog(row, project == null ? Set.of() : existing.worklog.getOrDefault(project.id, Set.of()))));
        }
        return new Planned(plans, investors);
    }

    /** Each 关联活动/外出招商 name that is no trip or event of the system, once: it is kept as text. */
    private static void warnUnknownEngagements(List<LedgerRow> rows, List<RowWarning> warnings) {
        Map<String, List<Integer>> unknown = new java.util.LinkedHashMap<>();
        rows.forEach(r -> r.engagement()
                .unknown()
                .forEach(name ->
                        unknown.computeIfAbsent(name, k -> new ArrayList<>()).add(r.number())));
        unknown.forEach((name, at) -> warnings.add(new RowWarning(
                at.get(0),
                LedgerColumns.SOURCE,
                "系统中没有名为“"
                        + name + "”的招商活动或外出招商（第 "
                        + at.stream().limit(10).map(String::valueOf).collect(java.util.stream.Collectors.joining("、"))
                        + (at.size() > 10 ? " 等" : "")
                        + " 行）：已作为文字记录；如是已有的活动，请在项目页面关联")));
    }

    /** 来源层级 as the sheet states it is taken; where the place it names says otherwise, the user is told. */
    private void checkTier(LedgerRow row, List<RowWarning> warnings) {
        LedgerRow.InvestorDetails place = row.investorDetails();
        if (row.originTier() == null || place.regionCode() == null && place.countryCode() == null) {
            return;
        }
        OriginTier byPlace = originTiers.of(place.regionCode(), place.countryCode());
        if (byPlace != null && byPlace != row.originTier()) {
            warnings.add(new RowWarning(
                    row.number(),
                    LedgerColumns.ORIGIN_TIER,
                    "来源层级“"
                            + ProjectLabels.tier(row.originTier()) + "”与来源地（按行政区划应为“" + ProjectLabels.tier(byPlace)
                            + "”）不一致，已按台账填写的来源层级登记"));
        }
    }

    /** The project a row is about: by code, else by exact name (which must then be unique); null when new. */
    private static Project match(LedgerRow row, LedgerExisting existing, BiConsumer<String, String> error) {
        if (row.code() != null) {
            return existing.projectsByCode.get(LedgerExisting.codeKey(row.code()));
        }
        List<Project> named = existing.projectsByName.getOrDefault(row.name(), List.of());
        if (named.size() > 1) {
            error.accept(NAME, "系统中有 " + named.size() + " 个名为“" + row.name() + "”的项目，请填写项目编号以指明是哪一个");
            return null;
        }
        return named.isEmpty() ? null : named.get(0);
    }

    /** The row's work-log lines the project does not have yet for the ledger day. */
    private static Map<WorklogKind, String> newWorklog(LedgerRow row, Set<String> existing) {
        Map<WorklogKind, String> lines = new EnumMap<>(WorklogKind.class);
        row.worklog().forEach((kind, content) -> {
            if (!existing.contains(LedgerExisting.worklogKey(kind, content))) {
                lines.put(kind, content);
            }
        });
        return lines;
    }

    /**
     * A closed month's figures are published (ADR 0008): its ledger would rewrite the month's funds and stages, so it
     * is refused until an admin reopens the month. Later corrections go through the project pages as adjustments.
     */
    static void refuseClosed(YearMonth month) {
        if (closedMonths().contains(month.toString())) {
            throw ApiException.conflict(
                    "import.month_closed",
                    month.getYear() + "年" + month.getMonthValue()
                            + "月已月结，数字已发布，不能再导入该月台账。如需更正，请在项目页面登记（将作为调整项列示），或请管理员重新打开该月。");
        }
    }

    /** The months closed and not reopened, YYYY-MM. */
    @SuppressWarnings("unchecked")
    static List<String> closedMonths() {
        return Project.getEntityManager()
                .createNativeQuery("select month from report_month_close where reopened_at is null order by month")
                .getResultList();
    }

    /** What the check found, turned into the report. */
    private static final class Outcome {
        final TableLayout.Table table;
        final YearMonth month;
        final List<RowError> errors = new ArrayList<>();
        final List<RowWarning> warnings = new ArrayList<>();
        final List<LedgerReport.Unresolved> unresolved = new ArrayList<>();
        final List<LedgerReport.TotalsMismatch> totals = new ArrayList<>();

        Outcome(TableLayout.Table table, YearMonth month) {
            this.table = table;
            this.month = month;
        }

        LedgerReport refused() {
            errors.sort(Comparator.comparingInt(RowError::row));
            return report("REJECTED", 0, 0, 0, false);
        }

        LedgerReport report(String status, int created, int updated, int unchanged, boolean applied) {
            return new LedgerReport(
                    status,
                    table.rows().size(),
                    created,
                    updated,
                    unchanged,
                    applied,
                    errors,
                    warnings,
                    month.toString(),
                    table.sheet(),
                    table.headerRows(),
                    table.skipped(),
                    unresolved,
                    totals);
        }
    }
}
