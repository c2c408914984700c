package io.attract.space;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;

@ApplicationScoped
public class SiteRepository implements PanacheRepository<Site> {

    /** Carriers, optionally of one park, suitable for one industry, with at least some free area; most room first. */
    public List<Site> search(Long parkId, Long industryId, BigDecimal minFreeArea) {
        StringBuilder q =
                new StringBuilder("select distinct s from Site s left join fetch s.park left join fetch s.zone"
                        + " left join fetch s.suitableIndustries where 1 = 1");
        Parameters params = new Parameters();
        if (parkId != null) {
            q.append(" and s.park.id = :park");
            params.and("park", parkId);
        }
        if (industryId != null) {
            q.append(
                    " and exists (select 1 from Site s2 join s2.suitableIndustries i where s2 = s and i.id = :industry)");
            params.and("industry", industryId);
        }
        if (minFreeArea != null) {
            q.append(" and s.freeAreaSqm >= :free");
            params.and("free", minFreeArea);
        }
        q.append(" order by s.freeAreaSqm desc, s.id");
        return find(q.toString(), params).list();
    }
}
