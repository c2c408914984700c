package io.attract.project;

import io.attract.enterprise.EnterprisesMerged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** When two firms merge, their projects keep their investor: the survivor takes the merged firm's place. */
@ApplicationScoped
public class ProjectInvestorsOnMerge {

    @Inject
    EntityManager em;

    void onMerge(@Observes EnterprisesMerged merged) {
        em.flush();
        // A project that already lists the survivor just loses the merged firm; the others point at the survivor.
        em.createNativeQuery("""
                delete from project_investor i where i.enterprise_id = :merged
                and exists (select 1 from project_investor s where s.project_id = i.project_id and s.enterprise_id = :survivor)""")
                .setParameter("merged", merged.mergedId())
                .setParameter("survivor", merged.survivorId())
                .executeUpdate();
        em.createNativeQuery("update project_investor set enterprise_id = :survivor where enterprise_id = :merged")
                .setParameter("merged", merged.mergedId())
                .setParameter("survivor", merged.survivorId())
                .executeUpdate();
        // The investor list is ordered by position without gaps (Hibernate reads a gap as a null investor).
        em.createNativeQuery("""
                update project_investor i set position = r.n - 1
                from (select project_id, enterprise_id, row_number() over (partition by project_id order by position) n
                      from project_investor where project_id in
                          (select project_id from project_investor where enterprise_id = :survivor)) r
                where i.project_id = r.project_id and i.enterprise_id = r.enterprise_id and i.position <> r.n - 1""").setParameter("survivor", merged.survivorId()).executeUpdate();
    }
}
