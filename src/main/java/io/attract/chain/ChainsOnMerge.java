package io.attract.chain;

import io.attract.enterprise.Enterprise;
import io.attract.enterprise.EnterprisesMerged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * When two firms merge, the survivor takes the merged firm's places on the chains; where both were on a node the
 * survivor stays, as local if either was. Done through the entities, so each move is in the audit trail.
 */
@ApplicationScoped
public class ChainsOnMerge {

    @Inject
    EntityManager em;

    void onMerge(@Observes EnterprisesMerged merged) {
        List<ChainNodeEnterprise> moving = ChainNodeEnterprise.list("enterprise.id", merged.mergedId());
        if (moving.isEmpty()) {
            return;
        }
        Enterprise survivor = em.getReference(Enterprise.class, merged.survivorId());
        for (ChainNodeEnterprise link : moving) {
            ChainNodeEnterprise kept = ChainNodeEnterprise.<ChainNodeEnterprise>find(
                            "node.id = ?1 and enterprise.id = ?2", link.node.id, merged.survivorId())
                    .firstResult();
            if (kept == null) {
                link.enterprise = survivor;
            } else {
                if (link.role == ChainRole.LOCAL) {
                    kept.role = ChainRole.LOCAL;
                }
                link.delete();
            }
        }
        em.flush();
    }
}
