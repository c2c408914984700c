package io.attract.project;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a person fills in for a project; the stage and its dates are set only by transitions. */
public record ProjectRequest(
        @Size(max = 32, message = "项目编号不能超过 32 个字符") @Pattern(regexp = "[A-Za-z0-9-]*", message = "项目编号只能包含字母、数字和短横线")
        String code,

        @NotBlank(message = "请填写项目名称") @Size(max = 200, message = "项目名称不能超过 200 个字")
        String name,

        @NotNull(message = "请选择所在库") ProjectPool pool,
        boolean keyProject,
        @Size(max = 20, message = "投资方最多 20 个") List<Long> investorEnterpriseIds,
        OriginTier originTier,
        Long industryId,

        @Pattern(regexp = "[A-T]([0-9]{2,4})?", message = "国民经济行业代码应为门类字母加 2–4 位数字，如 C3011")
        String industryCode,

        Long zoneId,
        Long parkId,
        Long siteId,
        @Size(max = 50, message = "落地街道不能超过 50 个字") String street,
        @Size(max = 2000, message = "建设内容不能超过 2000 个字") String constructionContent,
        @Size(max = 32) String attractionMethod,
        @Size(max = 200, message = "来源不能超过 200 个字") String source,

        @DecimalMin(value = "0", message = "总投资不能为负数") @Digits(integer = 14, fraction = 4, message = "总投资最多 4 位小数（万元）")
        BigDecimal totalInvestment,

        @DecimalMin(value = "0", message = "固定资产投资不能为负数")
        @Digits(integer = 14, fraction = 4, message = "固定资产投资最多 4 位小数（万元）")
        BigDecimal fixedAssetInvestment,

        @DecimalMin(value = "0", message = "合同外资不能为负数")
        @Digits(integer = 14, fraction = 4, message = "合同外资最多 4 位小数（万美元）")
        BigDecimal contractForeignUsd,

        @Size(max = 100) String ownerUsername,
        @Size(max = 100, message = "包挂领导不能超过 100 个字") String sponsorLeader,
        /** The sponsor leader picked among the users with the leader role; the name above is then theirs. */
        @Size(max = 100) String sponsorUsername,
        @Size(max = 20000, message = "方案不能超过 20000 个字") String plan,
        /** Create only: where the project starts (LEAD or NEGOTIATING) and since when. */
        ProjectStage stage,
        LocalDate effectiveDate,
        /** The lead it came from and the outreach trip that brought it, if any. */
        Long leadId,
        Long tripId,
        /** 三明: an upgrade or capital increase (default NEW), what it builds on, and the increment counted. */
        InvestmentKind investmentKind,
        Long baseProjectId,

        @DecimalMin(value = "0", message = "新增投资不能为负数")
        @Digits(integer = 14, fraction = 4, message = "新增投资最多 4 位小数（万元）")
        BigDecimal incrementInvestment) {}
