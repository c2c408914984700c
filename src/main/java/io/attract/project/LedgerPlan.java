package io.attract.project;

import java.util.List;
import java.util.Map;

/** What the import will do for one row: the project (null when new), its fields, stage moves, funds, work log. */
record LedgerPlan(
        LedgerRow row,
        Project existing,
        LedgerProjectFields fields,
        List<StageRules.Move> steps,
        List<LedgerFundPlan.Change> funds,
        Map<WorklogKind, String> worklog) {

    boolean creates() {
        return existing == null;
    }

    /** True when applying the row changes nothing the system has. */
    boolean unchanged() {
        return existing != null && fields.sameAs(existing) && steps.isEmpty() && funds.isEmpty() && worklog.isEmpty();
    }
}
