package io.attract.enterprise;

import io.attract.common.error.ApiException;
import io.attract.common.excel.ImportReport;
import io.attract.common.excel.ImportReport.RowError;
import io.attract.common.excel.SheetReader;
import io.attract.common.excel.SheetReader.SheetRow;
import io.attract.common.excel.TableLayout;
import io.attract.common.persistence.SizedTransactions;
import io.attract.common.text.Text;
import io.attract.industry.Industry;
import io.attract.industry.IndustryCodes;
import io.attract.industry.IndustryRepository;
import io.attract.job.JobPhase;
import io.attract.job.JobProgress;
import io.attract.unit.Unit;
import io.attract.user.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports the target-library sheet (the export's columns, any order). Every row is checked first; only when all
 * rows are valid are they written, in one transaction. A firm is matched by credit code, else by name key, so
 * importing the same sheet again updates (or leaves unchanged) instead of duplicating.
 */
@ApplicationScoped
public class EnterpriseImport {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(EnterpriseImport.class);
    static final String NAME = "企业名称";
    private static final int FLUSH_EVERY = 500;
    private static final Map<String, String> FIELD_COLUMNS = Map.ofEntries(
            Map.entry("name", NAME),
            Map.entry("creditCode", "统一社会信用代码"),
            Map.entry("formerNames", "曾用名"),
            Map.entry("regionCode", "来源地代码"),
            Map.entry("industryCode", "国民经济行业代码"),
            Map.entry("industryId", "产业(4+N)"),
            Map.entry("nature", "企业性质"),
            Map.entry("tags", "企业标签"),
            Map.entry("registeredCapital", "注册资本(万元)"),
            Map.entry("employees", "员工人数"),
            Map.entry("status", "状态"),
            Map.entry("attractionMethod", "招商方式"),
            Map.entry("source", "来源"));
    /** Columns the export writes that an import reads but does not take (the owner is the importer's unit). */
    private static final Set<String> IGNORED = Set.of("负责单位", "序号", "备注");
    /** The export's columns (and the ones ignored), found in a sheet however it is laid out and written. */
    private static final Map<String, String> COLUMNS_BY_KEY = new HashMap<>();

    static {
        FIELD_COLUMNS.values().forEach(c -> COLUMNS_BY_KEY.put(Text.compact(c), c));
        IGNORED.forEach(c -> COLUMNS_BY_KEY.put(Text.compact(c), c));
    }

    private static final TableLayout.Vocabulary VOCABULARY = TableLayout.exact(COLUMNS_BY_KEY.values());

    private record Planned(SheetRow row, EnterpriseRequest request, Enterprise existing) {}

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    IndustryRepository industries;

    @Inject
    EnterpriseService service;

    @Inject
    CurrentUser me;

    @Inject
    Validator validator;

    @Inject
    SizedTransactions transactions;

    @Inject
    jakarta.persistence.EntityManager em;

    /** The importer's unit, which will own the new firms: checked before a job is started, and again in it. */
    public Unit requireUnit() {
        return me.unit().orElseThrow(() -> new ApiException(400, "user.no_unit", "您尚未分配责任单位，不能导入企业。请联系系统管理员。"));
    }

    /**
     * Reads, checks and (unless {@code dryRun} or any row is wrong) writes the sheet, all in one transaction;
     * {@code progress} is told each phase and row (it writes in transactions of its own).
     */
    public ImportReport run(String fileName, byte[] content, boolean dryRun, JobProgress progress) {
        requireUnit();
        progress.phase(JobPhase.PARSING, 0);
        SheetReader.Sheet1 sheet = SheetReader.read(fileName, content, VOCABULARY)
                .renamed(h -> COLUMNS_BY_KEY.getOrDefault(Text.compact(h), h));
        // 100,000 firms are one transaction: its limit grows with the sheet, not the default minute.
        try {
            return transactions.run(
                    SizedTransactions.limitFor(sheet.rows().size(), 100),
                    () -> check(sheet, dryRun, progress),
                    ImportReport::applied);
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.errorf(e, "the import of %s could not be written", fileName);
            throw ImportFailure.of(e);
        }
    }

    private ImportReport check(SheetReader.Sheet1 sheet, boolean dryRun, JobProgress progress) {
        Unit unit = requireUnit();
        List<RowError> errors = new ArrayList<>();
        checkHeaders(sheet.headers(), errors);
        if (!errors.isEmpty()) {
            return ImportReport.refused(sheet.rows().size(), errors);
        }
        Map<String, Industry> industryByName = industries.listCatalogue(true).stream()
                .collect(Collectors.toMap(i -> i.name, Function.identity(), (a, b) -> a));
        List<Planned> plan = new ArrayList<>();
        Map<String, Enterprise> byCode = new HashMap<>();
        Map<String, Enterprise> byKey = new HashMap<>();
        prefetch(sheet.rows(), byCode, byKey);
        Map<String, Integer> codesSeen = new HashMap<>();
        Map<String, Integer> keysSeen = new HashMap<>();
        progress.phase(JobPhase.VALIDATING, sheet.rows().size());
        int checked = 0;
        for (SheetRow row : sheet.rows()) {
            progress.done(checked++);
            int before = errors.size();
            EnterpriseRequest request = parse(row, industryByName, errors);
            if (request == null || errors.size() > before) {
                continue;
            }
            String code = request.creditCode() == null ? null : CreditCode.normalize(request.creditCode());
            String key = NameKey.of(request.name());
            Integer twin =
                    code != null ? codesSeen.putIfAbsent(code, row.number()) : keysSeen.putIfAbsent(key, row.number());
            if (twin != null) {
                errors.add(new RowError(row.number(), code != null ? "统一社会信用代码" : NAME, "与第 " + twin + " 行是同一家企业"));
                continue;
            }
            Enterprise existing = code != null && byCode.containsKey(code) ? byCode.get(code) : byKey.get(key);
            if (existing != null && !existing.ownerUnit.id.equals(unit.id)) {
                errors.add(new RowError(row.number(), NAME, "该企业已由" + existing.ownerUnit.name + "负责，只有该单位可以修改"));
                continue;
            }
            plan.add(new Planned(
                    row, existing == null ? request : overlay(request, existing, sheet.headers()), existing));
        }
        progress.done(checked);
        int created = (int) plan.stream().filter(p -> p.existing() == null).count();
        int unchanged = (int) plan.stream()
                .filter(p -> p.existing() != null && same(p.request(), p.existing()))
                .count();
        int updated = plan.size() - created - unchanged;
        if (!errors.isEmpty()) {
            return ImportReport.refused(sheet.rows().size(), errors);
        }
        if (dryRun) {
            return new ImportReport(
                    "VALID", sheet.rows().size(), created, updated, unchanged, false, List.of(), skipped(sheet));
        }
        progress.phase(JobPhase.WRITING, plan.size());
        int written = 0;
        List<Enterprise> sent = new ArrayList<>();
        for (Planned p : plan) {
            if (written % FLUSH_EVERY == 0 && written > 0) {
                enterprises.flush(); // still this one transaction: the progress then counts rows sent to the database
                // New firms, once sent, are let go: each flush would otherwise check every firm written so far.
                sent.forEach(em::detach);
                sent.clear();
            }
            progress.done(written++);
            if (p.existing() == null) {
                Enterprise firm = new Enterprise();
                firm.ownerUnit = unit;
                firm.ownerUsername = me.username();
                service.apply(p.request(), firm, null, true, false);
                enterprises.persist(firm);
                sent.add(firm);
            } else if (!same(p.request(), p.existing())) {
                service.apply(p.request(), p.existing(), p.existing().id, false, false);
            }
        }
        enterprises.flush();
        progress.done(written);
        return new ImportReport(
                "APPLIED", sheet.rows().size(), created, updated, unchanged, true, List.of(), skipped(sheet));
    }

    /** The rows under the header that are not firms (totals, notes), told so that nothing seems lost. */
    private static List<ImportReport.RowWarning> skipped(SheetReader.Sheet1 sheet) {
        return sheet.table().skipped().stream()
                .map(s -> new ImportReport.RowWarning(s.row(), "", s.reason() + "，未导入"))
                .toList();
    }

    private static void checkHeaders(List<String> headers, List<RowError> errors) {
        if (!headers.contains(NAME)) {
            errors.add(new RowError(1, NAME, "缺少必填列“企业名称”（请使用导入模板）"));
        }
        Set<String> known = new HashSet<>(FIELD_COLUMNS.values());
        known.addAll(IGNORED);
        headers.stream()
                .filter(h -> !h.isBlank() && !known.contains(h))
                .forEach(h -> errors.add(new RowError(1, h, "无法识别的列“" + h + "”")));
    }

    private EnterpriseRequest parse(SheetRow row, Map<String, Industry> industryByName, List<RowError> errors) {
        int before = errors.size();
        Long industryId = row.get("产业(4+N)")
                .map(name -> {
                    Industry industry = industryByName.get(name);
                    if (industry == null) {
                        errors.add(new RowError(row.number(), "产业(4+N)", "没有名为“" + name + "”的产业"));
                        return null;
                    }
                    return industry.id;
                })
                .orElse(null);
        EnterpriseNature nature = row.get("企业性质")
                .map(label -> EnterpriseLabels.natureOf(label).orElseGet(() -> {
                    errors.add(new RowError(row.number(), "企业性质", "企业性质应为 央企、国企、民企、外资 或 港澳台"));
                    return null;
                }))
                .orElse(null);
        EnterpriseStatus status = row.get("状态")
                .map(label -> EnterpriseLabels.statusOf(label).orElseGet(() -> {
                    errors.add(new RowError(row.number(), "状态", "状态应为 储备、跟进中、已转化 或 休眠"));
                    return null;
                }))
                .orElse(EnterpriseStatus.POOL);
        BigDecimal capital = row.get("注册资本(万元)")
                .map(text -> number(text, row, "注册资本(万元)", errors))
                .orElse(null);
        Integer employees = row.get("员工人数")
                .map(text -> {
                    BigDecimal n = number(text, row, "员工人数", errors);
                    return n == null ? null : n.intValue();
                })
                .orElse(null);
        List<EnterpriseRequest.TagInput> tags =
                row.get("企业标签").map(text -> tags(text, row, errors)).orElse(List.of());
        List<String> formerNames = row.get("曾用名")
                .map(text -> Arrays.stream(text.split("[；;、,，]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList())
                .orElse(List.of());
        String code = row.get("统一社会信用代码").map(CreditCode::normalize).orElse(null);
        if (code != null) {
            CreditCode.problem(code).ifPresent(p -> errors.add(new RowError(row.number(), "统一社会信用代码", p)));
        }
        if (errors.size() > before) {
            return null;
        }
        String region = row.get("来源地代码").orElse(null);
        EnterpriseRequest request = new EnterpriseRequest(
                row.get(NAME).orElse(null),
                formerNames,
                code,
                region != null && region.matches("[A-Za-z]{2}") ? null : region,
                region != null && region.matches("[A-Za-z]{2}") ? region.toUpperCase() : null,
                row.get("国民经济行业代码").map(IndustryCodes::codeOf).orElse(null),
                industryId,
                nature,
                capital,
                null,
                employees,
                null,
                null,
                status,
                row.get("招商方式").orElse(null),
                row.get("来源").orElse(null),
                tags,
                List.of());
        for (ConstraintViolation<EnterpriseRequest> v : validator.validate(request)) {
            String field = v.getPropertyPath().toString().replaceAll("[\\[.].*$", "");
            errors.add(new RowError(row.number(), FIELD_COLUMNS.getOrDefault(field, field), v.getMessage()));
        }
        return request;
    }

    private static BigDecimal number(String text, SheetRow row, String column, List<RowError> errors) {
        try {
            return new BigDecimal(text.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            errors.add(new RowError(row.number(), column, "“" + text + "”不是数字"));
            return null;
        }
    }

    /** "瞪羚(2024)；专精特新" → GAZELLE@2024, SRDI. */
    private static List<EnterpriseRequest.TagInput> tags(String text, SheetRow row, List<RowError> errors) {
        List<EnterpriseRequest.TagInput> tags = new ArrayList<>();
        for (String part : text.split("[；;、,，]")) {
            String label = part.strip();
            if (label.isEmpty()) {
                continue;
            }
            Integer year = null;
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("^(.+?)[(（](\\d{4})[)）]$").matcher(label);
            if (m.matches()) {
                label = m.group(1).strip();
                year = Integer.valueOf(m.group(2));
            }
            Optional<EnterpriseTagCode> tag = EnterpriseLabels.tagOf(label);
            if (tag.isEmpty()) {
                errors.add(new RowError(row.number(), "企业标签", "无法识别的标签“" + label + "”"));
            } else {
                tags.add(new EnterpriseRequest.TagInput(tag.get(), year));
            }
        }
        return tags;
    }

    /**
     * Loads the firms the sheet may refer to: one statement finds their ids among all the sheet's codes and names
     * (arrays, not a thousand-parameter query per thousand rows), then only those firms are loaded.
     */
    @SuppressWarnings("unchecked")
    private void prefetch(List<SheetRow> rows, Map<String, Enterprise> byCode, Map<String, Enterprise> byKey) {
        String[] codes = rows.stream()
                .map(r -> r.get("统一社会信用代码").map(CreditCode::normalize).orElse(null))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toArray(String[]::new);
        String[] keys = rows.stream()
                .map(r -> NameKey.of(r.get(NAME).orElse("")))
                .distinct()
                .toArray(String[]::new);
        List<Long> ids = ((List<Number>) em.createNativeQuery("""
                select e.id from enterprise e where e.credit_code = any(cast(:codes as char(18)[]))
                union
                select e.id from enterprise e where e.merged_into_id is null and e.name_key = any(cast(:keys as text[]))""")
                        .setParameter("codes", codes)
                        .setParameter("keys", keys)
                        .getResultList())
                .stream().map(Number::longValue).toList();
        Set<String> sheetCodes = Set.of(codes);
        for (int i = 0; i < ids.size(); i += 1000) {
            for (Enterprise e : enterprises.list(
                    "from Enterprise e join fetch e.ownerUnit where e.id in ?1 order by e.id",
                    ids.subList(i, Math.min(ids.size(), i + 1000)))) {
                if (e.creditCode != null && sheetCodes.contains(e.creditCode)) {
                    byCode.put(e.creditCode, e);
                }
                if (e.mergedInto == null) {
                    byKey.putIfAbsent(e.nameKey, e);
                }
            }
        }
    }

    /** For an existing firm, the sheet's columns win; what the sheet does not have stays as it is. */
    private static EnterpriseRequest overlay(EnterpriseRequest r, Enterprise e, List<String> headers) {
        java.util.function.Predicate<String> has = headers::contains;
        return new EnterpriseRequest(
                r.name(),
                has.test("曾用名") ? r.formerNames() : List.of(e.formerNames),
                has.test("统一社会信用代码") && r.creditCode() != null ? r.creditCode() : e.creditCode,
                has.test("来源地代码") ? r.regionCode() : e.regionCode,
                has.test("来源地代码") ? r.countryCode() : e.countryCode,
                has.test("国民经济行业代码") ? r.industryCode() : e.industryCode,
                has.test("产业(4+N)") ? r.industryId() : e.industry == null ? null : e.industry.id,
                has.test("企业性质") ? r.nature() : e.nature,
                has.test("注册资本(万元)") ? r.registeredCapital() : e.registeredCapital,
                e.revenueBand,
                has.test("员工人数") ? r.employees() : e.employees,
                e.website,
                e.description,
                has.test("状态") ? r.status() : e.status,
                has.test("招商方式") ? r.attractionMethod() : e.attractionMethod,
                has.test("来源") ? r.source() : e.source,
                has.test("企业标签")
                        ? r.tags()
                        : e.tags.stream()
                                .map(t -> new EnterpriseRequest.TagInput(t.tag, t.listYear))
                                .toList(),
                List.of());
    }

    private static boolean same(EnterpriseRequest r, Enterprise e) {
        return r.name().strip().equals(e.name)
                && Set.copyOf(r.formerNames()).equals(Set.of(e.formerNames))
                && java.util.Objects.equals(r.creditCode(), e.creditCode)
                && java.util.Objects.equals(r.regionCode(), e.regionCode)
                && java.util.Objects.equals(r.industryCode(), e.industryCode)
                && java.util.Objects.equals(r.industryId(), e.industry == null ? null : e.industry.id)
                && r.nature() == e.nature
                && r.status() == e.status
                && (r.registeredCapital() == null
                        ? e.registeredCapital == null
                        : e.registeredCapital != null && r.registeredCapital().compareTo(e.registeredCapital) == 0)
                && java.util.Objects.equals(r.employees(), e.employees)
                && java.util.Objects.equals(r.attractionMethod(), e.attractionMethod)
                && java.util.Objects.equals(r.source(), e.source)
                && r.tags().stream()
                        .map(t -> new EnterpriseTag(t.tag(), t.listYear()))
                        .collect(Collectors.toSet())
                        .equals(e.tags);
    }
}
