package io.attract.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.IfMatch;
import io.attract.common.time.BusinessDates;

/** 到位资金 of a project: dated entries with evidence, and their month / year / all-time sums. */
@ApplicationScoped
@Transactional
public class ProjectFunds {

    @Inject
    ProjectAccess access;

    public record Funds(List<FundView> items, FundTotals totals) {
    }

    public Funds list(long projectId, LocalDate asOf) {
        access.find(projectId);
        List<ProjectFund> funds = ProjectFund.list("project.id = ?1 order by arrivedOn desc, id desc", projectId);
        return new Funds(funds.stream().map(FundView::of).toList(),
                FundTotals.of(funds, asOf == null ? BusinessDates.today() : asOf));
    }

    public FundView find(long projectId, long fundId) {
        access.find(projectId);
        return FundView.of(ProjectFund.<ProjectFund>find("id = ?1 and project.id = ?2", fundId, projectId)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("fund.not_found", "找不到该笔到位资金。")));
    }

    public FundView add(long projectId, FundRequest r) {
        Project p = access.editable(projectId);
        if (r.arrivedOn().isAfter(BusinessDates.today())) {
            throw ApiException.invalid("arrivedOn", "fund.date_in_future", "到位日期不能晚于今天。");
        }
        OriginTier tier = r.originTier() != null ? r.originTier() : p.originTier;
        if (tier == null) {
            throw ApiException.invalid("originTier", "fund.origin_tier_required", "项目没有来源层级，请为这笔资金选择来源层级。");
        }
        ProjectFund f = new ProjectFund();
        f.project = p;
        f.arrivedOn = r.arrivedOn();
        f.amount = r.amount();
        f.foreignUsd = r.foreignUsd() == null ? java.math.BigDecimal.ZERO : r.foreignUsd();
        f.originTier = tier;
        f.evidence = r.evidence().strip();
        f.recordedAt = Instant.now();
        f.recordedBy = access.username();
        f.persistAndFlush();
        return FundView.of(f);
    }

    public void delete(long projectId, long fundId, String ifMatch) {
        access.editable(projectId);
        ProjectFund f = ProjectFund.<ProjectFund>find("id = ?1 and project.id = ?2", fundId, projectId)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("fund.not_found", "找不到该笔到位资金。"));
        IfMatch.check(ifMatch, f.version);
        f.delete();
    }
}
