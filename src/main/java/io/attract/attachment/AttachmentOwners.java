package io.attract.attachment;

import io.attract.common.error.ApiException;
import io.attract.enterprise.Enterprise;
import io.attract.lead.Lead;
import io.attract.lead.LeadService;
import io.attract.project.Project;
import io.attract.project.ProjectAccess;
import io.attract.project.ProjectFund;
import io.attract.user.UnitScope;
import io.attract.visit.Visit;
import io.attract.visit.VisitService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The unit rule of attachments: an attachment is its owner's. Whoever cannot read the owner gets the owner's 404;
 * whoever may write the owner may add and delete its attachments. Firms are read by everyone and written by the unit
 * that keeps them.
 */
@RequestScoped
public class AttachmentOwners {

    @Inject
    ProjectAccess projects;

    @Inject
    VisitService visits;

    @Inject
    LeadService leads;

    @Inject
    UnitScope scope;

    /** Whether the caller may write the owner, which they may read; 404 (the owner's) when they may not. */
    public boolean writable(OwnerType type, long id) {
        return switch (type) {
            case PROJECT -> projects.canEdit(projects.find(id));
            case FUND -> projects.canEdit(fundProject(id));
            case VISIT -> {
                Visit v = visits.readable(id);
                yield scope.canWrite(v.unit.id);
            }
            case LEAD -> {
                Lead l = leads.readable(id);
                yield scope.canWrite(l.unit.id);
            }
            case ENTERPRISE -> {
                Enterprise firm = Enterprise.findById(id);
                if (firm == null) {
                    throw ApiException.notFound("enterprise.not_found", "找不到该企业。");
                }
                yield scope.canWrite(firm.ownerUnit.id);
            }
        };
    }

    /** The owner, as the caller may write it: 404 unreadable, 403 {@code attachment.not_owner} read-only. */
    public void requireWritable(OwnerType type, long id) {
        if (!writable(type, id)) {
            throw new ApiException(403, "attachment.not_owner", "您可以查看该记录的附件，但只有其所属单位可以上传或删除。");
        }
    }

    private Project fundProject(long fundId) {
        ProjectFund fund = ProjectFund.findById(fundId);
        if (fund == null || !projects.canRead(fund.project)) {
            throw ApiException.notFound("fund.not_found", "找不到该笔到位资金。");
        }
        return fund.project;
    }
}
