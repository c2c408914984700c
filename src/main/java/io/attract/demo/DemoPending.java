package io.attract.demo;

import io.attract.common.time.BusinessDates;
import io.attract.project.AgreementType;
import io.attract.project.OriginTier;
import io.attract.project.Project;
import io.attract.project.ProjectCounting;
import io.attract.project.ProjectFund;
import io.attract.project.ProjectStage;
import io.attract.project.ProjectTransition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A few changes waiting for the unit head (审核) on top of the confirmed history, so that the inbox has work in it
 * and the cockpit's 待审核 says something: 王伟 (officer, 吴营山街道) has recorded three signings and two fund
 * entries on the demo's last day that 单位负责人 has not confirmed yet. No figure counts them.
 */
final class DemoPending {

    private static final String OFFICER = "officer";
    private static final String OFFICER_UNIT = "wuyingshan";

    private DemoPending() {}

    static int load(List<Project> made, LocalDate last) {
        List<Project> own =
                made.stream().filter(p -> p.unit.code.equals(OFFICER_UNIT)).toList();
        int added = 0;
        for (Project p : own.stream()
                .filter(p -> p.stage == ProjectStage.NEGOTIATING && p.stageSince.isBefore(last))
                .limit(3)
                .toList()) {
            ProjectTransition t = DemoStages.record(
                    p,
                    ProjectStage.SIGNED,
                    last,
                    "双方签署投资协议",
                    AgreementType.FORMAL,
                    last.atTime(LocalTime.of(17, 30)).atZone(BusinessDates.ZONE).toInstant(),
                    OFFICER);
            t.persist();
            ProjectCounting.recount(p, ProjectTransition.list("project = ?1 order by recordedAt, id", p));
            added++;
        }
        for (Project p : own.stream()
                .filter(p -> p.signedOn != null && p.stage != ProjectStage.TERMINATED)
                .limit(2)
                .toList()) {
            ProjectFund f = new ProjectFund();
            f.project = p;
            f.arrivedOn = last;
            f.amount = new BigDecimal("860.0000");
            f.originTier = p.originTier == null ? OriginTier.OUT_OF_PROVINCE : p.originTier;
            f.evidence = "银行进账单 " + last.toString().replace("-", "") + "-588";
            f.recordedAt =
                    last.atTime(LocalTime.of(16, 0)).atZone(BusinessDates.ZONE).toInstant();
            f.recordedBy = OFFICER;
            f.persist();
            added++;
        }
        return added;
    }
}
