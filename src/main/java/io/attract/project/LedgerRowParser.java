package io.attract.project;

import static io.attract.project.LedgerColumns.CODE;
import static io.attract.project.LedgerColumns.CONTENT;
import static io.attract.project.LedgerColumns.CONTRACT_USD;
import static io.attract.project.LedgerColumns.FIXED_ASSET;
import static io.attract.project.LedgerColumns.FOREIGN_USD;
import static io.attract.project.LedgerColumns.FOREIGN_USD_YEAR;
import static io.attract.project.LedgerColumns.FUNDS_ALL;
import static io.attract.project.LedgerColumns.FUNDS_MONTH;
import static io.attract.project.LedgerColumns.FUNDS_YEAR;
import static io.attract.project.LedgerColumns.INDUSTRY;
import static io.attract.project.LedgerColumns.INDUSTRY_CODE;
import static io.attract.project.LedgerColumns.KEY_PROJECT;
import static io.attract.project.LedgerColumns.METHOD;
import static io.attract.project.LedgerColumns.NAME;
import static io.attract.project.LedgerColumns.ORIGIN_TIER;
import static io.attract.project.LedgerColumns.OWNER;
import static io.attract.project.LedgerColumns.PARK_OR_SITE;
import static io.attract.project.LedgerColumns.POOL;
import static io.attract.project.LedgerColumns.SOURCE;
import static io.attract.project.LedgerColumns.SPONSOR;
import static io.attract.project.LedgerColumns.STAGE;
import static io.attract.project.LedgerColumns.STAGE_DATES;
import static io.attract.project.LedgerColumns.STREET;
import static io.attract.project.LedgerColumns.TOTAL;
import static io.attract.project.LedgerColumns.UNIT;
import static io.attract.project.LedgerColumns.ZONE;

import io.attract.industry.IndustryCodes;
import io.attract.unit.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one ledger row into a {@link LedgerRow} and checks what can be checked without the system's records:
 * required cells, labels, dates (not in the future, in funnel order, consistent with 阶段) and amounts.
 */
final class LedgerRowParser {

    private final LedgerCatalogue catalogue;
    private final LocalDate today;

    LedgerRowParser(LedgerCatalogue catalogue, LocalDate today) {
        this.catalogue = catalogue;
        this.today = today;
    }

    /** The row, or null when anything in it is wrong (the problems are noted in {@code cells}). */
    LedgerRow parse(LedgerCells cells) {
        String code = code(cells);
        String name = required(cells, NAME, 200);
        ProjectStage stage = cells.value(STAGE, LedgerValues::stage);
        if (stage == null && cells.text(STAGE) == null) {
            cells.error(STAGE, "请填写阶段（" + LedgerValues.STAGE_HINT + "）");
        }
        Unit unit = lookup(cells, UNIT, catalogue::unit);
        if (unit == null && cells.text(UNIT) == null) {
            cells.error(UNIT, "请填写责任单位");
        }
        Map<ProjectStage, LocalDate> dates = dates(cells, stage);
        BigDecimal total = cells.amount(TOTAL);
        BigDecimal fixedAsset = cells.amount(FIXED_ASSET);
        if (total != null && fixedAsset != null && fixedAsset.compareTo(total) > 0) {
            cells.error(
                    FIXED_ASSET, "固定资产投资（" + fixedAsset.toPlainString() + "）不能大于总投资（" + total.toPlainString() + "）");
        }
        String industryCode = cells.text(INDUSTRY_CODE);
        if (industryCode != null) {
            industryCode = IndustryCodes.codeOf(LedgerColumns.halfWidth(industryCode));
            if (!industryCode.matches("[A-T]([0-9]{2,4})?")) {
                cells.error(INDUSTRY_CODE, "国民经济行业代码应为门类字母加 2–4 位数字，如 C3011");
            }
        }
        Map<WorklogKind, String> worklog = new EnumMap<>(WorklogKind.class);
        LedgerColumns.WORKLOG.forEach((kind, column) -> {
            String text = cells.text(column, 4000);
            if (text != null) {
                worklog.put(kind, text);
            }
        });
        String owner = cells.text(OWNER);
        owner = owner == null ? null : catalogue.owner(owner);
        if (owner != null && owner.length() > 100) {
            cells.error(OWNER, "责任人不能超过 100 个字");
        }
        String sponsor = cells.text(SPONSOR, 50);
        LedgerRow row = new LedgerRow(
                cells.number(),
                cells.columns(),
                code,
                name,
                cells.lenient(
                        POOL,
                        text -> LedgerValues.choice(text, LedgerValues.POOLS, LedgerValues.POOL_HINT),
                        "所在库未导入，新项目按阶段定库"),
                cells.value(KEY_PROJECT, LedgerValues::keyProject),
                LedgerInvestorParser.investors(cells),
                LedgerInvestorParser.details(cells),
                cells.choice(ORIGIN_TIER, LedgerValues.TIERS, LedgerValues.TIER_HINT),
                lookup(cells, INDUSTRY, catalogue::industry),
                industryCode,
                lookup(cells, ZONE, catalogue::zone),
                lookup(cells, PARK_OR_SITE, catalogue::place),
                cells.text(STREET, 50),
                cells.text(CONTENT, 2000),
                cells.lenient(
                        METHOD,
                        text -> LedgerValues.choice(text, LedgerValues.METHODS, LedgerValues.METHOD_HINT),
                        "招商方式未导入"),
                cells.text(SOURCE, 200),
                total,
                fixedAsset,
                cells.amount(CONTRACT_USD),
                money(cells),
                stage,
                dates,
                sponsor,
                catalogue.sponsor(sponsor),
                unit,
                owner,
                worklog,
                catalogue.engagement(cells.text(SOURCE)));
        return cells.hasErrors() ? null : row;
    }

    private static String code(LedgerCells cells) {
        String code = cells.text(CODE);
        if (code == null) {
            return null;
        }
        code = LedgerColumns.halfWidth(code);
        if (!code.matches("[A-Za-z0-9-]{1,32}")) {
            cells.error(CODE, "项目编号只能包含字母、数字和短横线，且不超过 32 个字符");
        }
        return code;
    }

    private static String required(LedgerCells cells, String column, int maxLength) {
        String text = cells.text(column, maxLength);
        if (text == null && cells.text(column) == null) {
            cells.error(column, "请填写" + column);
        }
        return text;
    }

    private static <T> T lookup(LedgerCells cells, String column, Function<String, T> find) {
        String text = cells.text(column);
        if (text == null) {
            return null;
        }
        try {
            return find.apply(text);
        } catch (LedgerCatalogue.Unresolved e) {
            cells.unresolved(e.kind, e.name);
            return null;
        } catch (IllegalArgumentException e) {
            cells.error(column, e.getMessage());
            return null;
        }
    }

    private static LedgerRow.Money money(LedgerCells cells) {
        BigDecimal month = cells.amount(FUNDS_MONTH);
        BigDecimal year = cells.amount(FUNDS_YEAR);
        BigDecimal all = cells.amount(FUNDS_ALL);
        BigDecimal usd = cells.amount(FOREIGN_USD);
        BigDecimal usdYear = cells.amount(FOREIGN_USD_YEAR);
        if (year != null && month != null && month.compareTo(year) > 0) {
            cells.error(FUNDS_YEAR, "当年累计到位（" + year.toPlainString() + "）不能小于当月到位资金（" + month.toPlainString() + "）");
        } else if (all != null && year != null && year.compareTo(all) > 0) {
            cells.error(FUNDS_ALL, "历年累计到位（" + all.toPlainString() + "）不能小于当年累计到位（" + year.toPlainString() + "）");
        }
        if (usd != null && usd.signum() > 0 && (month == null || month.signum() == 0)) {
            cells.error(FOREIGN_USD, "实际使用外资是当月到位资金的一部分：请同时填写当月到位资金（万元）");
        }
        if (usd != null && usdYear != null && usd.compareTo(usdYear) > 0) {
            cells.error(
                    FOREIGN_USD_YEAR, "当年累计实际使用外资（" + usdYear.toPlainString() + "）不能小于当月（" + usd.toPlainString() + "）");
        }
        return new LedgerRow.Money(month, year, all, usd, usdYear);
    }

    /**
     * The funnel dates given: none in the future, none before an earlier stage's, none for a stage after 阶段, and
     * the date of 阶段 itself (签约 needs 签约日期). 搁置 and 终止 may come after any of them.
     */
    private Map<ProjectStage, LocalDate> dates(LedgerCells cells, ProjectStage stage) {
        Map<ProjectStage, LocalDate> dates = new EnumMap<>(ProjectStage.class);
        ProjectStage previous = null;
        for (Map.Entry<ProjectStage, String> e : STAGE_DATES.entrySet()) {
            LocalDate date = cells.date(e.getValue());
            if (date == null) {
                continue;
            }
            if (date.isAfter(today)) {
                cells.error(e.getValue(), e.getValue() + "（" + date + "）不能晚于今天");
            } else if (previous != null && date.isBefore(dates.get(previous))) {
                cells.error(
                        e.getValue(),
                        e.getValue() + "（" + date + "）早于" + STAGE_DATES.get(previous) + "（" + dates.get(previous)
                                + "）：各阶段日期应按 首谈→签约→注册→开工→投产 的顺序");
            } else if (stage != null && stage.inFunnel() && stage.before(e.getKey())) {
                cells.error(e.getValue(), "填写了" + e.getValue() + "，但阶段为“" + ProjectLabels.stage(stage) + "”：请核对阶段或日期");
            } else {
                dates.put(e.getKey(), date);
                previous = e.getKey();
            }
        }
        // A sheet without the stage's date column at all gets the ledger day (said once for the sheet).
        if (stage != null
                && stage.inFunnel()
                && stage != ProjectStage.LEAD
                && !dates.containsKey(stage)
                && cells.has(STAGE_DATES.get(stage))
                && cells.text(STAGE_DATES.get(stage)) == null) {
            cells.error(STAGE_DATES.get(stage), "阶段为“" + ProjectLabels.stage(stage) + "”，须填写" + STAGE_DATES.get(stage));
        }
        return dates;
    }
}
