package io.attract.enterprise;

import io.attract.common.persistence.HqlWhere;
import io.attract.common.persistence.SortParam;
import io.attract.common.persistence.TupleRecords;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

@ApplicationScoped
public class EnterpriseRepository implements PanacheRepository<Enterprise> {

    private static final Pattern CREDIT_CODE_QUERY = Pattern.compile("[0-9A-Z]{18}");
    /** API sort keys and the properties they sort by; anything else is refused by the resource. */
    public static final Map<String, String> SORTS =
            Map.of("name", "nameKey", "createdAt", "createdAt", "registeredCapital", "registeredCapital");

    public Optional<Enterprise> findByCreditCode(String creditCode) {
        return find("creditCode", creditCode).firstResultOptional();
    }

    /**
     * Plans this transaction's statements for their values. After five runs of a statement the JDBC driver prepares
     * it on the server, and PostgreSQL may then keep one generic plan for any value: for a search, a plan made blind
     * to whether {@code 新} matches a tenth of the firms or {@code 垚犇} three, which read every firm (seconds) where
     * the value's own plan reads twenty. Nor do they start parallel workers: a page is a few milliseconds of
     * work, and on a busy machine the workers only take cores from the other requests.
     */
    public void planForValues() {
        getEntityManager()
                .createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true), "
                        + "set_config('max_parallel_workers_per_gather', '0', true)")
                .getSingleResult();
    }

    /**
     * How a text search reads, chosen by how many firms match (the count comes first; the rest of the transaction
     * keeps the choice). The planner cannot know where the matches lie: it assumed them spread evenly and walked
     * the newest-first index for twenty of 400 matches that lay at its far end (60 ms), or scanned the table for a
     * capped count of matches that lay at its end (160 ms). {@code INDEX}: by the search indexes only (trigram or
     * grams), whose cost grows with the matches, and only up to the cap for a count; {@code NEWEST_FIRST}: a broad
     * search's page walks the newest-first index among the newest {@link #NEWEST} firms, a bounded cost.
     */
    public enum Reading {
        INDEX("off", "on"),
        NEWEST_FIRST("on", "off");

        private final String indexScan;
        private final String bitmapScan;

        Reading(String indexScan, String bitmapScan) {
            this.indexScan = indexScan;
            this.bitmapScan = bitmapScan;
        }
    }

    private void read(Reading reading) {
        getEntityManager()
                .createNativeQuery(
                        "select set_config('enable_seqscan', 'off', true), "
                                + "set_config('enable_indexscan', :index, true), set_config('enable_bitmapscan', :bitmap, true)")
                .setParameter("index", reading.indexScan)
                .setParameter("bitmap", reading.bitmapScan)
                .getSingleResult();
    }

    /**
     * One page of the list as rows, not entities: one statement reads the firms, their unit, industry and tags
     * (no batch loads). The sort is one of {@link #SORTS} (ties broken on id, see {@code SortParam}).
     */
    public List<EnterpriseListItem> page(EnterpriseFilter filter, Sort sort, int offset, int size, boolean broad) {
        Where where = where(filter, true);
        if (where.searchesText()
                && broad
                && sort.getColumns().get(0).getName().equals("createdAt")
                && sort.getColumns().get(0).getDirection() == Sort.Direction.Descending) {
            // The newest firms first, but no further than NEWEST: the page's matches are among them unless the
            // newest firms match seldom (say, a fresh import of other firms), and then the search indexes read it.
            read(Reading.NEWEST_FIRST);
            List<EnterpriseListItem> newest = page(
                    where,
                    sort,
                    "(select * from enterprise order by created_at desc, id" + " limit " + NEWEST + ")",
                    offset,
                    size);
            if (newest.size() == size) {
                return newest;
            }
            read(Reading.INDEX);
        } else if (where.searchesText()) {
            read(Reading.INDEX);
        }
        return page(where, sort, "enterprise", offset, size);
    }

    /** How many of the newest firms a broad search's page looks among before it asks the search indexes. */
    static final int NEWEST = 5000;

    private List<EnterpriseListItem> page(Where where, Sort sort, String from, int offset, int size) {
        Query query = getEntityManager()
                .createNativeQuery(
                        """
                select p.id, p.name, p.credit_code as creditCode, p.region_code as regionCode,
                       i.name as industryName, p.registered_capital as registeredCapital, p.status,
                       p.owner_unit_id as ownerUnitId, u.name as unitName, p.version,
                       (select string_agg(t.tag || ':' || coalesce(t.list_year::text, ''), ',')
                        from enterprise_tag t where t.enterprise_id = p.id) as tags
                from (select e.id, e.name, e.credit_code, e.region_code, e.industry_id, e.registered_capital,
                             e.status, e.owner_unit_id, e.version, e.name_key, e.created_at
                      from %s e where %s order by %s offset :offset limit :size) p
                join org_unit u on u.id = p.owner_unit_id
                left join industry i on i.id = p.industry_id
                order by %s""".formatted(from, where.sql(), orderBy(sort, "e."), orderBy(sort, "p.")), Tuple.class);
        where.params().forEach(query::setParameter);
        query.setParameter("offset", offset).setParameter("size", size);
        return rows(query, ListRow.class).stream()
                .map(r -> new EnterpriseListItem(
                        r.id(),
                        r.name(),
                        trimmed(r.creditCode()),
                        r.regionCode(),
                        r.industryName(),
                        r.registeredCapital(),
                        tags(r.tags()),
                        r.status(),
                        r.ownerUnitId(),
                        r.unitName(),
                        r.version()))
                .toList();
    }

    private record ListRow(
            long id,
            String name,
            String creditCode,
            String regionCode,
            String industryName,
            BigDecimal registeredCapital,
            EnterpriseStatus status,
            long ownerUnitId,
            String unitName,
            long version,
            String tags) {}

    private static <R extends Record> List<R> rows(Query query, Class<R> type) {
        @SuppressWarnings("unchecked")
        List<Tuple> found = query.getResultList();
        return TupleRecords.map(found, type);
    }

    /** One firm of the export: the columns of the import template, read as rows (see {@link #exportChunk}). */
    public record ExportRow(ExportFirm firm, List<EnterpriseView.TagView> tags) {}

    /** The export's columns but the tags, as its statement reads them (by name). */
    public record ExportFirm(
            long id,
            String name,
            String creditCode,
            String formerNames,
            String origin,
            String industryCode,
            String industryName,
            EnterpriseNature nature,
            BigDecimal registeredCapital,
            Integer employees,
            EnterpriseStatus status,
            String unitName,
            String attractionMethod,
            String source) {

        public ExportFirm {
            creditCode = trimmed(creditCode);
        }
    }

    /**
     * The next {@code size} firms of the filter after the id {@code afterId}, by id: the export's keyset chunks. Their
     * tags come in a second statement for the chunk's ids (a subquery per firm cost more than the rest of the row).
     */
    public List<ExportRow> exportChunk(EnterpriseFilter filter, long afterId, int size) {
        Where where = where(filter, true);
        Query query = getEntityManager().createNativeQuery("""
                select e.id, e.name, e.credit_code as creditCode,
                       array_to_string(e.former_names, '；') as formerNames,
                       coalesce(e.region_code, e.country_code) as origin, e.industry_code as industryCode,
                       i.name as industryName, e.nature, e.registered_capital as registeredCapital, e.employees,
                       e.status, u.name as unitName, e.attraction_method as attractionMethod, e.source
                from enterprise e
                join org_unit u on u.id = e.owner_unit_id
                left join industry i on i.id = e.industry_id
                where %s and e.id > :after order by e.id limit :size""".formatted(where.sql()), Tuple.class);
        where.params().forEach(query::setParameter);
        query.setParameter("after", afterId).setParameter("size", size);
        List<ExportFirm> rows = rows(query, ExportFirm.class);
        if (rows.isEmpty()) {
            return List.of();
        }
        Query tagQuery = getEntityManager().createNativeQuery("""
                select t.enterprise_id, string_agg(t.tag || ':' || coalesce(t.list_year::text, ''), ',')
                from enterprise_tag t where t.enterprise_id in (:ids) group by t.enterprise_id""");
        tagQuery.setParameter("ids", rows.stream().map(ExportFirm::id).toList());
        Map<Long, String> tags = new HashMap<>();
        for (Object row : tagQuery.getResultList()) {
            Object[] r = (Object[]) row;
            tags.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return rows.stream()
                .map(firm -> new ExportRow(firm, tags(tags.get(firm.id()))))
                .toList();
    }

    /**
     * How many firms match, counting no further than {@code cap + 1}: an exact total of a broad search would make
     * PostgreSQL visit every match; past the cap the list says "cap+".
     */
    public int countUpTo(EnterpriseFilter filter, int cap) {
        Where where = where(filter, false);
        if (where.searchesText()) {
            read(Reading.INDEX);
        }
        Query query = getEntityManager().createNativeQuery(countSql(where));
        where.params().forEach(query::setParameter);
        query.setParameter("cap", cap + 1);
        return ((Number) query.getSingleResult()).intValue();
    }

    static String countSql(Where where) {
        return "select count(*) from (select 1 from enterprise e where " + where.sql() + " limit :cap) capped";
    }

    /** {@code searchesText}: the filter has a query other than a credit code. */
    record Where(String sql, Map<String, Object> params, boolean searchesText) {}

    /**
     * The filter in SQL. A query of one or two non-ASCII characters (1–2 Chinese characters), which the trigram
     * index cannot serve, asks the gram index of V22 instead: a character or a pair of adjacent characters is among
     * a firm's grams exactly when its search text contains it, so the test decides alone. For a page it comes with
     * the LIKE as well, which changes nothing that matches but lets a walk of the newest-first index test the cheap
     * LIKE before it computes a row's grams; a count, which reads the gram index, does without.
     */
    Where where(EnterpriseFilter filter, boolean forPage) {
        HqlWhere where = new HqlWhere().and("e.merged_into_id is null");
        boolean searchesText = false;
        if (filter.q() != null && !filter.q().isBlank()) {
            String upper = CreditCode.normalize(filter.q());
            String key = SearchKeys.query(filter.q());
            if (CREDIT_CODE_QUERY.matcher(upper).matches()) {
                where.and("e.credit_code = :code", "code", upper);
            } else if (servedByGrams(key)) {
                searchesText = true;
                where.and("enterprise_search_grams(e.search_text) @> array[cast(:gram as text)]", "gram", key);
                if (forPage) {
                    where.and("e.search_text like :q", "q", "%" + key + "%");
                }
            } else {
                searchesText = true;
                where.and("e.search_text like :q", "q", "%" + SortParam.escapeLike(key) + "%");
            }
        }
        boolean tagged = filter.tags() != null && !filter.tags().isEmpty();
        boolean inRegion = filter.regionCode() != null && !filter.regionCode().isBlank();
        where.and(
                        "exists (select 1 from enterprise_tag t where t.enterprise_id = e.id and t.tag in (:tags))",
                        "tags",
                        tagged ? filter.tags().stream().map(Enum::name).toList() : null)
                .and("e.industry_id = :industry", "industry", filter.industryId())
                // 370000 → the province, 370100 → the city, 370105 → the district.
                .and("e.region_code like :region", "region", inRegion ? regionPrefix(filter.regionCode()) + "%" : null)
                .and(
                        "e.status = :status",
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .and("e.owner_unit_id = :owner", "owner", filter.ownerUnitId());
        return new Where(where.hql(), where.parameters().map(), searchesText);
    }

    /** One or two characters, none of them ASCII: what the gram index holds (V21). */
    static boolean servedByGrams(String key) {
        int length = key.codePointCount(0, key.length());
        return length >= 1 && length <= 2 && key.codePoints().allMatch(c -> c > 127);
    }

    /** The sort's properties as columns of {@code alias}. */
    private static String orderBy(Sort sort, String alias) {
        return sort.getColumns().stream()
                .map(c -> alias
                        + COLUMNS.get(c.getName())
                        + (c.getDirection() == Sort.Direction.Descending ? " desc" : ""))
                .collect(Collectors.joining(", "));
    }

    private static final Map<String, String> COLUMNS = Map.of(
            "id", "id", "nameKey", "name_key", "createdAt", "created_at", "registeredCapital", "registered_capital");

    /** {@code GAZELLE:2024,SRDI:} → the tags in the order of their codes, as the detail lists them. */
    private static List<EnterpriseView.TagView> tags(String aggregated) {
        if (aggregated == null) {
            return List.of();
        }
        return Arrays.stream(aggregated.split(","))
                .map(t -> {
                    int colon = t.indexOf(':');
                    String year = t.substring(colon + 1);
                    return new EnterpriseView.TagView(
                            EnterpriseTagCode.valueOf(t.substring(0, colon)),
                            year.isEmpty() ? null : Integer.valueOf(year));
                })
                .sorted(Comparator.comparing(EnterpriseView.TagView::tag))
                .toList();
    }

    /** A char(18) column as the entity reads it. */
    private static String trimmed(Object value) {
        return value == null ? null : value.toString().strip();
    }

    /** Groups of live firms whose normalised names collide, largest first. */
    public List<List<Enterprise>> nameCollisions(int limit) {
        List<String> keys = getEntityManager()
                .createQuery("""
                select e.nameKey from Enterprise e where e.mergedInto is null
                group by e.nameKey having count(e) > 1 order by count(e) desc, e.nameKey""", String.class)
                .setMaxResults(limit)
                .getResultList();
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Enterprise> firms = list(
                "from Enterprise e left join fetch e.ownerUnit where e.mergedInto is null"
                        + " and e.nameKey in ?1 order by e.nameKey, e.id",
                keys);
        return keys.stream()
                .map(k -> firms.stream().filter(f -> f.nameKey.equals(k)).toList())
                .toList();
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
        return (Boolean)
                getEntityManager().createNativeQuery("""
                select exists (select 1 from visit where enterprise_id = :id)
                    or exists (select 1 from lead where enterprise_id = :id)
                    or exists (select 1 from project_investor where enterprise_id = :id)
                    or exists (select 1 from chain_node_enterprise where enterprise_id = :id)""").setParameter("id", id).getSingleResult();
    }
}
