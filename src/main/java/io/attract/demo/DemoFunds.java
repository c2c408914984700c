package io.attract.demo;

import io.attract.common.time.BusinessDates;
import io.attract.project.OriginTier;
import io.attract.project.Project;
import io.attract.project.ProjectFund;
import io.attract.project.ProjectStage;
import io.attract.project.WorklogEntry;
import io.attract.project.WorklogKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Funds in place by month, scaled so each year adds up exactly to the demo's headline, and the work log. */
@ApplicationScoped
class DemoFunds {

    /** 88亿元 and 8092万美元 in the demo year (Jan–Nov); last year's for year-on-year comparison. */
    static final BigDecimal FUNDS_DEMO_YEAR = new BigDecimal("880000.00");

    static final BigDecimal FDI_DEMO_YEAR = new BigDecimal("8092.00");
    private static final BigDecimal FUNDS_LAST_YEAR = new BigDecimal("792000.00");
    private static final BigDecimal FDI_LAST_YEAR = new BigDecimal("7315.00");

    private static final String[] PROGRESS = {
        "完成项目备案，正在办理环评手续",
        "投资方高层来访考察，确定选址意向",
        "召开项目推进调度会，明确时间节点",
        "设备已进场安装调试",
        "主体结构封顶",
        "办理施工许可证",
        "洽谈合作条款，双方基本达成一致",
        "完成工商注册，开立基本账户"
    };
    private static final String[] COORDINATION = {"需协调解决用地指标", "需协调电力增容", "需协调办理规划许可", "需协调人才公寓配套"};

    int load(List<Project> projects, int year, LocalDate last, Random random) {
        int added = 0;
        added += funds(projects, year, LocalDate.of(year - 1, 12, 31), FUNDS_LAST_YEAR, FDI_LAST_YEAR, random);
        added += funds(projects, year, last, FUNDS_DEMO_YEAR, FDI_DEMO_YEAR, random);
        for (Project p : projects) {
            added += worklog(p, last, random);
        }
        Project.getEntityManager().flush();
        Project.getEntityManager().createNativeQuery("""
                update project p set last_worklog_on = w.last
                from (select project_id, max(logged_on) as last from project_worklog group by project_id) w
                where w.project_id = p.id""").executeUpdate();
        return added;
    }

    /** Entries in the months after each signing, then scaled so the year's sums are exactly the targets. */
    private int funds(
            List<Project> projects, int demoYear, LocalDate end, BigDecimal total, BigDecimal fdi, Random random) {
        int year = end.getYear();
        List<ProjectFund> entries = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Project p : projects) {
            if (p.signedOn == null || p.signedOn.isAfter(end) || p.stage == ProjectStage.TERMINATED) {
                continue;
            }
            LocalDate month = p.signedOn.getYear() < year ? LocalDate.of(year, 1, 1) : p.signedOn.withDayOfMonth(1);
            for (; !month.isAfter(end); month = month.plusMonths(1)) {
                if (random.nextInt(100) >= 45) {
                    continue;
                }
                LocalDate from = month.isBefore(p.signedOn) ? p.signedOn : month;
                LocalDate to = month.plusMonths(1).minusDays(1).isAfter(end)
                        ? end
                        : month.plusMonths(1).minusDays(1);
                if (from.isAfter(to)) {
                    continue;
                }
                ProjectFund f = new ProjectFund();
                f.project = p;
                f.arrivedOn = from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
                f.originTier = p.originTier == null ? OriginTier.OUT_OF_PROVINCE : p.originTier;
                f.evidence = "银行进账单 " + f.arrivedOn.toString().replace("-", "") + "-" + (100 + random.nextInt(900));
                f.recordedAt = f.arrivedOn
                        .plusDays(2)
                        .atTime(15, 0)
                        .atZone(BusinessDates.ZONE)
                        .toInstant();
                f.recordedBy = p.ownerUsername == null ? "officer" : p.ownerUsername;
                f.confirmedAt = f.recordedAt.plusSeconds(86_400);
                f.confirmedBy = "unithead";
                entries.add(f);
                weights.add(p.totalInvestment.doubleValue() * (0.5 + random.nextDouble()));
            }
        }
        spread(entries, weights, total, false);
        List<ProjectFund> overseas = entries.stream()
                .filter(f -> f.originTier == OriginTier.OVERSEAS)
                .toList();
        spread(overseas, overseas.stream().map(f -> f.amount.doubleValue()).toList(), fdi, true);
        entries.forEach(f -> f.persist());
        return entries.size();
    }

    /** Shares {@code target} among entries by weight, in cents, the last entry taking the rounding remainder. */
    private static void spread(List<ProjectFund> entries, List<Double> weights, BigDecimal target, boolean foreign) {
        if (entries.isEmpty()) {
            return;
        }
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        BigDecimal given = BigDecimal.ZERO;
        int largest = 0;
        BigDecimal[] shares = new BigDecimal[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            shares[i] =
                    target.multiply(BigDecimal.valueOf(weights.get(i) / sum)).setScale(2, RoundingMode.HALF_UP);
            given = given.add(shares[i]);
            largest = shares[i].compareTo(shares[largest]) > 0 ? i : largest;
        }
        shares[largest] = shares[largest].add(target.subtract(given));
        for (int i = 0; i < entries.size(); i++) {
            if (foreign) {
                entries.get(i).foreignUsd = shares[i];
            } else {
                entries.get(i).amount = shares[i];
            }
        }
    }

    /** Monthly progress for key projects, a recent note for most others, and a few open coordination requests. */
    private static int worklog(Project p, LocalDate last, Random random) {
        int added = 0;
        boolean active = p.stage != ProjectStage.TERMINATED && p.stage != ProjectStage.ON_HOLD;
        LocalDate from = p.stageSince.isAfter(last.minusMonths(6)) ? p.stageSince : last.minusMonths(6);
        if (p.keyProject && active) {
            for (LocalDate on = from.plusDays(20); !on.isAfter(last); on = on.plusMonths(1)) {
                added += entry(p, on, WorklogKind.PROGRESS, PROGRESS[random.nextInt(PROGRESS.length)], random);
            }
        } else if (active && random.nextInt(100) < 55) {
            LocalDate on = last.minusDays(random.nextInt(50));
            added += entry(p, on, WorklogKind.PROGRESS, PROGRESS[random.nextInt(PROGRESS.length)], random);
        }
        if (p.keyProject && active && random.nextInt(100) < 30) {
            LocalDate on = last.minusDays(random.nextInt(30));
            added += entry(p, on, WorklogKind.COORDINATION, COORDINATION[random.nextInt(COORDINATION.length)], random);
            added += entry(p, on, WorklogKind.NEXT_STEP, "加快办理前期手续，争取早日开工", random);
        }
        return added;
    }

    /** One entry, dated {@code day} but never before the project entered its stage. */
    private static int entry(Project p, LocalDate day, WorklogKind kind, String content, Random random) {
        LocalDate on = day.isBefore(p.stageSince) ? p.stageSince : day;
        WorklogEntry e = new WorklogEntry();
        e.project = p;
        e.loggedOn = on;
        e.kind = kind;
        e.content = content;
        e.recordedAt =
                on.atTime(17, random.nextInt(60)).atZone(BusinessDates.ZONE).toInstant();
        e.recordedBy = p.ownerUsername == null ? "officer" : p.ownerUsername;
        e.persist();
        return 1;
    }
}
