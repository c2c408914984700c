package io.attract.project;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.IfMatch;
import io.attract.common.time.BusinessDates;
import io.attract.settings.DistrictSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** 到位资金 of a project: dated entries with evidence, and their month / year / all-time sums. */
@ApplicationScoped
@Transactional
public class ProjectFunds {

    @Inject
    ProjectAccess access;

    @Inject
    DistrictSettings settings;

    @Inject
    Event<FundDeleted> deleted;

    public record Funds(List<FundView> items, FundTotals totals) {}

    public Funds list(long projectId, LocalDate asOf) {
        access.find(projectId);
        List<ProjectFund> funds = ProjectFund.list("project.id = ?1 order by arrivedOn desc, id desc", projectId);
        return new Funds(
                funds.stream().map(FundView::of).toList(),
                FundTotals.of(funds, asOf == null ? BusinessDates.today() : asOf));
    }

    public FundView find(long projectId, long fundId) {
        access.find(projectId);
        return FundView.of(ProjectAccess.recordOrNotFound(
                ProjectFund.find(ProjectAccess.RECORD_OF_PROJECT, fundId, projectId), "fund.not_found", "找不到该笔到位资金。"));
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
        if (access.canConfirm(p) || !settings.confirmationRequired()) {
            f.confirm(f.recordedBy, f.recordedAt);
        }
        f.persistAndFlush();
        return FundView.of(f);
    }

    public void delete(long projectId, long fundId, String ifMatch) {
        access.editable(projectId);
        ProjectFund f = ProjectAccess.recordOrNotFound(
                ProjectFund.find(ProjectAccess.RECORD_OF_PROJECT, fundId, projectId), "fund.not_found", "找不到该笔到位资金。");
        IfMatch.check(ifMatch, f.version);
        f.delete();
        deleted.fire(new FundDeleted(fundId));
    }

    /** 审核: the unit head confirms a pending entry; it counts from then on, at its arrival date. */
    public FundView confirm(long projectId, long fundId) {
        ProjectFund f = pendingOf(projectId, fundId);
        f.confirm(access.username(), Instant.now());
        return FundView.of(f);
    }

    /** 退回: the entry stays on the project, marked with the reason, and never counts; the officer replaces it. */
    public FundView sendBack(long projectId, long fundId, String reason) {
        ProjectFund f = pendingOf(projectId, fundId);
        f.returnedAt = Instant.now();
        f.returnedBy = access.username();
        f.returnReason = reason;
        return FundView.of(f);
    }

    private ProjectFund pendingOf(long projectId, long fundId) {
        Project p = access.find(projectId);
        if (!access.canConfirm(p)) {
            throw new ApiException(403, "project.not_unit_head", "只有" + p.unit.name + "的负责人可以审核该项目的到位资金。");
        }
        ProjectFund f = ProjectAccess.recordOrNotFound(
                ProjectFund.find(ProjectAccess.RECORD_OF_PROJECT, fundId, projectId),
                "confirmation.not_found",
                "找不到该笔到位资金。");
        if (!f.pending()) {
            throw ApiException.conflict("confirmation.not_pending", f.returnedAt != null ? "该笔到位资金已退回。" : "该笔到位资金已审核。");
        }
        return f;
    }
}
