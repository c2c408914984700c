package io.attract.engagement;

import io.attract.enterprise.EnterprisesMerged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** When two firms merge, the survivor takes over the merged firm's visits and leads. */
@ApplicationScoped
public class EngagementOnMerge {

    @Inject
    EntityManager em;

    void onMerge(@Observes EnterprisesMerged merged) {
        em.flush();
        for (String table : new String[] {"visit", "lead"}) {
            em.createNativeQuery("update " + table + " set enterprise_id = :survivor where enterprise_id = :merged")
                    .setParameter("survivor", merged.survivorId())
                    .setParameter("merged", merged.mergedId())
                    .executeUpdate();
        }
    }
}
