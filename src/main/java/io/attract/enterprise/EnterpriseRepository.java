package io.attract.enterprise;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.attract.common.persistence.SortParam;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class EnterpriseRepository implements PanacheRepository<Enterprise> {

    private static final Pattern CREDIT_CODE_QUERY = Pattern.compile("[0-9A-Z]{18}");
    /** API sort keys and the properties they sort by; anything else is refused by the resource. */
    public static final Map<String, String> SORTS = Map.of("name", "nameKey", "createdAt", "createdAt",
            "registeredCapital", "registeredCapital");

    public Optional<Enterprise> findByCreditCode(String creditCode) {
        return find("creditCode", creditCode).firstResultOptional();
    }

    /** Live firms (not merged away) matching the filter; the search text holds names, pinyin and initials. */
    public PanacheQuery<Enterprise> search(EnterpriseFilter filter, Sort sort) {
        Where where = where(filter);
        return find("from Enterprise e where " + where.hql(), sort, where.params());
    }

    /**
     * How many firms match, counting no further than {@code cap + 1}: an exact total of a broad search would make
     * PostgreSQL visit every match; past the cap the list says "cap+".
     */
    public int countUpTo(EnterpriseFilter filter, int cap) {
        Where where = where(filter);
        var query = getEntityManager().createQuery("select e.id from Enterprise e where " + where.hql(), Long.class)
                .setMaxResults(cap + 1);
        where.params().map().forEach(query::setParameter);
        return query.getResultList().size();
    }

    private record Where(String hql, Parameters params) {
    }

    private Where where(EnterpriseFilter filter) {
        StringBuilder where = new StringBuilder("mergedInto is null");
        Parameters params = new Parameters();
        if (filter.q() != null && !filter.q().isBlank()) {
            String upper = CreditCode.normalize(filter.q());
            if (CREDIT_CODE_QUERY.matcher(upper).matches()) {
                where.append(" and creditCode = :code");
                params.and("code", upper);
            } else {
                where.append(" and searchText like :q");
                params.and("q", "%" + SortParam.escapeLike(SearchKeys.query(filter.q())) + "%");
            }
        }
        if (filter.tags() != null && !filter.tags().isEmpty()) {
            where.append(" and exists (select 1 from Enterprise t join t.tags tag where t = e and tag.tag in :tags)");
            params.and("tags", filter.tags());
        }
        if (filter.industryId() != null) {
            where.append(" and industry.id = :industry");
            params.and("industry", filter.industryId());
        }
        if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
            // 370000 → the province, 370100 → the city, 370105 → the district.
            where.append(" and regionCode like :region");
            params.and("region", regionPrefix(filter.regionCode()) + "%");
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.ownerUnitId() != null) {
            where.append(" and ownerUnit.id = :owner");
            params.and("owner", filter.ownerUnitId());
        }
        return new Where(where.toString(), params);
    }

    /** Groups of live firms whose normalised names collide, largest first. */
    public List<List<Enterprise>> nameCollisions(int limit) {
        List<String> keys = getEntityManager().createQuery("""
                select e.nameKey from Enterprise e where e.mergedInto is null
                group by e.nameKey having count(e) > 1 order by count(e) desc, e.nameKey""", String.class)
                .setMaxResults(limit).getResultList();
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Enterprise> firms = list("from Enterprise e left join fetch e.ownerUnit where e.mergedInto is null"
                + " and e.nameKey in ?1 order by e.nameKey, e.id", keys);
        return keys.stream().map(k -> firms.stream().filter(f -> f.nameKey.equals(k)).toList()).toList();
    }

    static String regionPrefix(String code) {
        String digits = code.replaceAll("[^0-9]", "");
        if (digits.endsWith("0000")) {
            return digits.substring(0, 2);
        }
        if (digits.endsWith("00")) {
            return digits.substring(0, 4);
        }
        return digits;
    }

    /** Whether visits, leads, projects or the chain map point at the firm (then it can be merged, not deleted). */
    public boolean isReferenced(long id) {
        return (Boolean) getEntityManager().createNativeQuery("""
                select exists (select 1 from visit where enterprise_id = :id)
                    or exists (select 1 from lead where enterprise_id = :id)
                    or exists (select 1 from project_investor where enterprise_id = :id)
                    or exists (select 1 from chain_node_enterprise where enterprise_id = :id)""")
                .setParameter("id", id).getSingleResult();
    }
}
