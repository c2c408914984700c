package io.attract.project;

import io.attract.enterprise.EnterpriseNature;
import io.attract.enterprise.EnterpriseTag;
import io.attract.industry.Industry;
import io.attract.space.Zone;
import io.attract.unit.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One ledger row, read and checked on its own (before it is compared with the system). Null means the cell was
 * blank or the column is not in the sheet; {@code columns} tells the two apart.
 */
record LedgerRow(
        int number,
        Set<String> columns,
        String code,
        String name,
        ProjectPool pool,
        Boolean keyProject,
        List<Investor> investors,
        InvestorDetails investorDetails,
        OriginTier originTier,
        Industry industry,
        String industryCode,
        Zone zone,
        LedgerCatalogue.Place place,
        String street,
        String constructionContent,
        String attractionMethod,
        String source,
        BigDecimal totalInvestment,
        BigDecimal fixedAssetInvestment,
        BigDecimal contractForeignUsd,
        Money money,
        ProjectStage stage,
        Map<ProjectStage, LocalDate> dates,
        String sponsorLeader,
        String sponsorUsername,
        Unit unit,
        String owner,
        Map<WorklogKind, String> worklog,
        LedgerCatalogue.Engagement engagement) {

    /** An investor as the ledger names it; the credit code when the sheet gives one. */
    record Investor(String name, String creditCode) {}

    /** What the row says about its (first) investor, used when the import has to add that firm to the library. */
    record InvestorDetails(EnterpriseNature nature, List<EnterpriseTag> tags, String regionCode, String countryCode) {}

    /**
     * 当月到位资金, 当年累计到位, 历年累计到位 (万元) and 实际使用外资, the month's and the year's to date (万美元), as
     * the ledger states them.
     */
    record Money(
            BigDecimal month,
            BigDecimal yearToDate,
            BigDecimal allTime,
            BigDecimal foreignUsd,
            BigDecimal foreignUsdYearToDate) {}

    boolean has(String column) {
        return columns.contains(column);
    }

    /** The key that makes two rows the same project: the code, else the name. */
    String key() {
        return code != null ? "code:" + LedgerExisting.codeKey(code) : "name:" + name;
    }
}
