package io.attract.project;

import static io.attract.project.LedgerColumns.CODE;
import static io.attract.project.LedgerColumns.NAME;
import static io.attract.project.LedgerColumns.UNIT;

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

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import io.attract.common.error.ApiException;
import io.attract.common.excel.ImportReport;
import io.attract.common.excel.ImportReport.RowError;
import io.attract.common.excel.ImportReport.RowWarning;
import io.attract.common.excel.SheetReader;
import io.attract.common.security.CurrentUser;
import io.attract.common.security.Roles;
import io.attract.common.time.BusinessDates;
import io.attract.unit.Unit;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Imports the monthly ledger sheet (月度台账). Every row is read and compared with the system first; only when
 * no row has an error is anything written, in one transaction. A project is found by 项目编号, else by its exact
 * name; importing the same sheet again changes nothing. Officers and unit heads import their own unit's rows;
 * statisticians and admins any unit's.
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
    TransactionManager transactions;

    /** A district's whole ledger is one transaction: give it more than the default minute on a busy server. */
    @Transactional
    @TransactionConfiguration(timeout = 300)
    public ImportReport run(String fileName, byte[] content, boolean dryRun, YearMonth month) {
        boolean anyUnit = me.hasRole(Roles.STATS) || me.hasRole(Roles.ADMIN);
        Unit myUnit = me.unit().orElse(null);
        if (!anyUnit && myUnit == null) {
            throw new ApiException(400, "user.no_unit", "您尚未分配责任单位，不能导入台账。请联系系统管理员。");
        }
        refuseClosed(month);
        LocalDate today = BusinessDates.today();
        LocalDate monthEnd = month.atEndOfMonth();
        LocalDate ledgerDay = monthEnd.isAfter(today) ? today : monthEnd;
        // Thousands of rows put tens of thousands of records in the session: without this, every query would first
        // walk all of them to see whether they must be flushed. The writer flushes once, when everything is ready.
        Project.getEntityManager().unwrap(Session.class).setHibernateFlushMode(FlushMode.COMMIT);
        SheetReader.Sheet1 sheet = SheetReader.read(fileName, content);
        LedgerColumns.Headers headers = LedgerColumns.match(sheet.headers());
        List<RowError> errors = new ArrayList<>(headers.errors());
        List<RowWarning> warnings = new ArrayList<>(headers.warnings());
        if (!errors.isEmpty()) {
            return ImportReport.refused(sheet.rows().size(), errors, warnings);
        }
        LedgerRowParser parser = new LedgerRowParser(LedgerCatalogue.load(), today);
        List<LedgerRow> rows = new ArrayList<>();
        Map<String, Integer> keysSeen = new HashMap<>();
        for (SheetReader.SheetRow sheetRow : sheet.rows()) {
            LedgerCells cells = new LedgerCells(sheetRow, headers, errors, warnings);
            LedgerRow row = parser.parse(cells);
            if (row == null) {
                continue;
            }
            if (!anyUnit && !row.unit().id.equals(myUnit.id)) {
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
        LedgerExisting existing = LedgerExisting.load(Project.getEntityManager(), rows, monthEnd, ledgerDay);
        LedgerInvestors investors = new LedgerInvestors(existing, me.username());
        List<LedgerPlan> plans = new ArrayList<>();
        Map<Long, Integer> projectsSeen = new HashMap<>();
        for (LedgerRow row : rows) {
            int before = errors.size();
            BiConsumer<String, String> error = (column, message) -> errors.add(new RowError(row.number(), column, message));
            Project project = match(row, existing, error);
            if (project != null) {
                Integer twin = projectsSeen.putIfAbsent(project.id, row.number());
                if (twin != null) {
                    error.accept(row.code() != null ? CODE : NAME, "与第 " + twin + " 行是系统中的同一个项目（" + project.code + "）");
                } else if (!project.unit.id.equals(row.unit().id)) {
                    error.accept(UNIT, "该项目（" + project.code + "）在系统中由" + project.unit.name
                            + "负责，与台账不一致：变更责任单位请在系统中办理");
                }
            }
            if (errors.size() > before) {
                continue;
            }
            String defaultOwner = myUnit != null && myUnit.id.equals(row.unit().id) ? me.username() : null;
            LedgerProjectFields fields = LedgerProjectFields.of(row, project, investors.resolve(row), originTiers,
                    defaultOwner);
            List<LedgerStagePlan.Step> steps = project == null ? LedgerStagePlan.forNew(row, ledgerDay)
                    : LedgerStagePlan.forExisting(row, project, existing.lastStageDate.get(project.id), ledgerDay, error);
            List<ProjectFund> funds = project == null ? List.of() : existing.funds.getOrDefault(project.id, List.of());
            List<LedgerFundPlan.Change> fundChanges = LedgerFundPlan.plan(row, funds, fields.originTier(), month,
                    ledgerDay, error);
            plans.add(new LedgerPlan(row, project, fields, steps, fundChanges,
                    newWorklog(row, project == null ? Set.of() : existing.worklog.getOrDefault(project.id, Set.of()))));
        }
        int total = sheet.rows().size();
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::row));
            rollbackOnly();
            return ImportReport.refused(total, errors, warnings);
        }
        int created = (int) plans.stream().filter(LedgerPlan::creates).count();
        int unchanged = (int) plans.stream().filter(LedgerPlan::unchanged).count();
        int updated = plans.size() - created - unchanged;
        if (dryRun) {
            rollbackOnly();
            return new ImportReport("VALID", total, created, updated, unchanged, false, List.of(), warnings);
        }
        writer.write(plans, investors, me.username(), ledgerDay);
        return new ImportReport("APPLIED", total, created, updated, unchanged, true, List.of(), warnings);
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

    /** Nothing read or prepared for a refused or trial import may reach the database. */
    private void rollbackOnly() {
        try {
            transactions.setRollbackOnly();
        } catch (jakarta.transaction.SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A closed month's figures are published (ADR 0008): its ledger would rewrite the month's funds and stages, so it
     * is refused until an admin reopens the month. Later corrections go through the project pages as adjustments.
     */
    private static void refuseClosed(YearMonth month) {
        Object closed = Project.getEntityManager().createNativeQuery(
                "select exists (select 1 from report_month_close where month = :m and reopened_at is null)")
                .setParameter("m", month.toString()).getSingleResult();
        if (Boolean.TRUE.equals(closed)) {
            throw ApiException.conflict("import.month_closed", month.getYear() + "年" + month.getMonthValue()
                    + "月已月结，数字已发布，不能再导入该月台账。如需更正，请在项目页面登记（将作为调整项列示），或请管理员重新打开该月。");
        }
    }
}
