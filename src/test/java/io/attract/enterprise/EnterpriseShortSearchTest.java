package io.attract.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search by one or two Chinese characters (issue #19): the same firms as a LIKE on the search text finds, and read
 * through the gram index of V22 (the trigram index cannot serve fewer than three characters).
 */
@QuarkusTest
class EnterpriseShortSearchTest {

    private static boolean created;

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    EntityManager em;

    @BeforeEach
    void firms() {
        if (created) {
            return;
        }
        Fixtures.unitOf("short-q", Tokens.OFFICER);
        create("济南垚犇新材料有限公司", List.of("天桥淼森化工厂"));
        create("青岛犇腾机器人有限公司", List.of());
        create("烟台垚鑫商贸有限公司", List.of());
        created = true;
    }

    @Test
    void oneOrTwoChineseCharactersFindWhatTheSearchTextContainsAndNothingElse() {
        for (String q : List.of("垚", "犇", "淼", "垚犇", "犇腾", "淼森", "犇垚", "济犇", "垚森", "ｘ垚")) {
            List<Long> found = Api.get(Tokens.LEADER, "/api/enterprises", "q", q, "size", 200)
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.id", Long.class);
            assertThat(found).as(q).containsExactlyInAnyOrderElementsOf(likeOracle(SearchKeys.query(q)));
        }
        assertThat(likeOracle("垚")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(likeOracle("犇垚")).isEmpty();
    }

    @Test
    void theTotalOfAShortSearchCountsTheSameFirms() {
        for (String q : List.of("垚", "垚犇")) {
            Api.get(Tokens.LEADER, "/api/enterprises", "q", q, "size", 1)
                    .statusCode(200)
                    .body("total", org.hamcrest.Matchers.equalTo(likeOracle(q).size()));
        }
    }

    @Test
    @TestTransaction
    @SuppressWarnings("unchecked")
    void oneAndTwoCharactersAreReadThroughTheGramIndex() {
        // A test database is small: the planner would rightly read the whole table, or walk the newest-first index.
        // What is asked here is whether an index can serve the query at all.
        em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
        em.createNativeQuery("set local enable_indexscan = off").executeUpdate();
        for (String q : List.of("垚", "垚犇")) {
            EnterpriseRepository.Where where =
                    enterprises.where(new EnterpriseFilter(q, null, null, null, null, null), false);
            var explain = em.createNativeQuery("explain " + EnterpriseRepository.countSql(where));
            where.params().forEach(explain::setParameter);
            explain.setParameter("cap", 1001);
            assertThat(String.join("\n", (List<String>) explain.getResultList()))
                    .as(q)
                    .contains("enterprise_search_grams_idx");
            assertThat(enterprises.countUpTo(new EnterpriseFilter(q, null, null, null, null, null), 1000))
                    .as(q)
                    .isEqualTo(likeOracle(q).size());
        }
    }

    @Test
    void onlyOneOrTwoNonAsciiCharactersGoToTheGramIndex() {
        assertThat(EnterpriseRepository.servedByGrams("垚")).isTrue();
        assertThat(EnterpriseRepository.servedByGrams("垚犇")).isTrue();
        assertThat(EnterpriseRepository.servedByGrams("𠀀")).isTrue(); // one character outside the BMP
        assertThat(EnterpriseRepository.servedByGrams("垚犇腾")).isFalse();
        assertThat(EnterpriseRepository.servedByGrams("jn")).isFalse();
        assertThat(EnterpriseRepository.servedByGrams("x垚")).isFalse();
        assertThat(EnterpriseRepository.servedByGrams("")).isFalse();
    }

    private long gramIndexScans() {
        return ((Number) em.createNativeQuery("""
                select coalesce(sum(idx_scan), 0) from pg_stat_xact_user_indexes
                where indexrelname = 'enterprise_search_grams_idx'""").getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Long> likeOracle(String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((List<Number>) em.createNativeQuery(
                                        "select id from enterprise where merged_into_id is null and search_text like :q")
                                .setParameter("q", "%" + key + "%")
                                .getResultList())
                        .stream().map(Number::longValue).toList());
    }

    private static void create(String name, List<String> formerNames) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("formerNames", formerNames);
        body.put("status", "POOL");
        Api.post(Tokens.OFFICER, "/api/enterprises", body).statusCode(201);
    }
}
