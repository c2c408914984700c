package io.attract.chain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ChainRepository implements PanacheRepository<Chain> {

    /** Ordered by industry (catalogue order), then the chain's sort order. */
    public List<Chain> listByIndustry(Long industryId) {
        String order = " order by i.sortOrder, i.id, c.sortOrder, c.id";
        return industryId == null
                ? list("from Chain c join fetch c.industry i" + order)
                : list("from Chain c join fetch c.industry i where i.id = ?1" + order, industryId);
    }

    public boolean nameTaken(String name, Long self) {
        return self == null ? count("name", name) > 0 : count("name = ?1 and id <> ?2", name, self) > 0;
    }

    public List<ChainNode> nodes(long chainId) {
        return getEntityManager()
                .createQuery("from ChainNode n where n.chain.id = :c order by n.id", ChainNode.class)
                .setParameter("c", chainId)
                .getResultList();
    }

    public List<ChainEdge> edges(long chainId) {
        return getEntityManager()
                .createQuery("from ChainEdge e where e.chain.id = :c order by e.id", ChainEdge.class)
                .setParameter("c", chainId)
                .getResultList();
    }

    /** The links of the nodes given, with their firms and the firms' units. */
    public List<ChainNodeEnterprise> links(List<Long> nodeIds) {
        if (nodeIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery("""
                from ChainNodeEnterprise l join fetch l.enterprise e join fetch e.ownerUnit
                where l.node.id in :nodes order by l.linkedAt, l.id""", ChainNodeEnterprise.class)
                .setParameter("nodes", nodeIds)
                .getResultList();
    }

    public long linkCount(long chainId) {
        return getEntityManager()
                .createQuery("select count(l) from ChainNodeEnterprise l where l.node.chain.id = :c", Long.class)
                .setParameter("c", chainId)
                .getSingleResult();
    }
}
