package io.attract.attachment;

import io.attract.enterprise.EnterprisesMerged;
import io.attract.project.FundDeleted;
import io.attract.visit.VisitDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * An attachment lives as long as its owner: a deleted visit or funds entry takes its files with it (they would
 * otherwise be kept unreachable, their owner answering 404), and a merged firm's files move to the surviving firm
 * with its other records.
 */
@ApplicationScoped
public class AttachmentsFollowOwners {

    @Inject
    AttachmentService attachments;

    void onVisitDeleted(@Observes VisitDeleted deleted) {
        attachments.deleteAllOf(OwnerType.VISIT, deleted.visitId());
    }

    void onFundDeleted(@Observes FundDeleted deleted) {
        attachments.deleteAllOf(OwnerType.FUND, deleted.fundId());
    }

    void onMerge(@Observes EnterprisesMerged merged) {
        Attachment.update(
                "ownerId = ?1 where ownerType = ?2 and ownerId = ?3",
                merged.survivorId(),
                OwnerType.ENTERPRISE,
                merged.mergedId());
    }
}
