package io.attract.project;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The admin's thresholds for stalled projects, and the check the lists and the cockpit share. */
@ApplicationScoped
@Transactional
public class StallRules {

    public List<StallRule> all() {
        return StallRule.list("order by id");
    }

    public List<StallRule> enabled() {
        return StallRule.list("enabled = true order by id");
    }

    public StallRule update(long id, String ifMatch, int days, boolean enabled) {
        StallRule rule = StallRule.<StallRule>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("stall_rule.not_found", "找不到该停滞规则。"));
        IfMatch.check(ifMatch, rule.version);
        rule.days = days;
        rule.enabled = enabled;
        StallRule.getEntityManager().flush();
        return rule;
    }

    /** The first enabled rule the project breaks today, or null. */
    public static Stalled check(Project p, List<StallRule> rules, LocalDate today) {
        return check(p.stage, p.stageSince, p.lastWorklogOn, rules, today);
    }

    /** As {@link #check(Project, List, LocalDate)}, from the three columns it reads (a list row has no entity). */
    static Stalled check(
            ProjectStage stage, LocalDate stageSince, LocalDate lastWorklogOn, List<StallRule> rules, LocalDate today) {
        for (StallRule rule : rules) {
            if (rule.stage != stage) {
                continue;
            }
            LocalDate reference = stageSince;
            if (rule.kind == StallRuleKind.NO_WORKLOG && lastWorklogOn != null && lastWorklogOn.isAfter(reference)) {
                reference = lastWorklogOn;
            }
            long days = ChronoUnit.DAYS.between(reference, today);
            if (days > rule.days) {
                String label = ProjectLabels.stage(rule.stage);
                String message = rule.kind == StallRuleKind.NO_WORKLOG
                        ? "“" + label + "”阶段已 " + days + " 天无工作台账记录（规则：" + rule.days + " 天）"
                        : "停留在“" + label + "”阶段已 " + days + " 天（规则：" + rule.days + " 天）";
                return new Stalled(rule.id, rule.kind, days, message);
            }
        }
        return null;
    }
}
