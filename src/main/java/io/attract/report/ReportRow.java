package io.attract.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One project line of the monthly report (月报项目台账): the ledger's columns as of the report's last day.
 * {@code newThisMonth} / {@code newThisYear} say at which stage the project counts as new (NEGOTIATING, SIGNED,
 * LANDED) or null.
 */
public record ReportRow(
        long id,
        String code,
        String name,
        String pool,
        String stage,
        boolean keyProject,
        String investors,
        String creditCodes,
        String originTier,
        String industry,
        String industryCode,
        String zone,
        String park,
        String street,
        String constructionContent,
        String attractionMethod,
        String source,
        BigDecimal totalInvestment,
        BigDecimal fixedAssetInvestment,
        BigDecimal contractForeignUsd,
        BigDecimal fundsMonth,
        BigDecimal fundsYearToDate,
        BigDecimal fundsAllTime,
        BigDecimal foreignUsdMonth,
        BigDecimal foreignUsdYearToDate,
        LocalDate negotiatingOn,
        LocalDate signedOn,
        LocalDate registeredOn,
        LocalDate constructionOn,
        LocalDate operatingOn,
        String sponsorLeader,
        Long unitId,
        String unitName,
        String ownerUsername,
        Long industryId,
        String newThisMonth,
        String newThisYear,
        BigDecimal countedInvestment) {}
