package io.attract.confirmation;

import io.attract.common.error.ApiException;
import io.attract.confirmation.ConfirmationResource.Item;
import io.attract.confirmation.PendingChange.Kind;
import io.attract.project.ProjectFund;
import io.attract.project.ProjectFunds;
import io.attract.project.ProjectStages;
import io.attract.project.ProjectTransition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Confirms or sends back changes through the project's own rules; a batch is all or nothing. */
@ApplicationScoped
@Transactional
class Confirmations {

    private static final int REASON_MAX = 500;

    @Inject
    ProjectStages stages;

    @Inject
    ProjectFunds funds;

    @Inject
    PendingChanges changes;

    int confirm(List<Item> items) {
        for (Item item : items) {
            long project = projectOf(item.kind(), item.id());
            if (item.kind() == Kind.STAGE) {
                stages.confirm(project, item.id());
            } else {
                funds.confirm(project, item.id());
            }
        }
        return items.size();
    }

    PendingChange sendBack(Kind kind, long id, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw ApiException.invalid("reason", "confirmation.reason_required", "请填写退回原因（不超过 500 字），以便专员更正。");
        }
        long project = projectOf(kind, id);
        if (kind == Kind.STAGE) {
            stages.sendBack(project, id, why);
        } else {
            funds.sendBack(project, id, why);
        }
        return changes.one(kind, id);
    }

    private static long projectOf(Kind kind, long id) {
        Long project = kind == Kind.STAGE
                ? ProjectTransition.<ProjectTransition>findByIdOptional(id)
                        .map(t -> t.project.id)
                        .orElse(null)
                : ProjectFund.<ProjectFund>findByIdOptional(id)
                        .map(f -> f.project.id)
                        .orElse(null);
        if (project == null) {
            throw ApiException.notFound("confirmation.not_found", kind == Kind.STAGE ? "找不到该阶段变更记录。" : "找不到该笔到位资金。");
        }
        return project;
    }
}
