package io.attract.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.attract.common.time.BusinessDates;
import io.attract.enterprise.CreditCodes;
import io.attract.support.Api;
import io.attract.support.EngagementFixtures;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChainResourceTest {

    private static final String DEFAULT_INDUSTRY = "new-materials";

    private long[] units;

    @BeforeEach
    void units() {
        units = EngagementFixtures.units();
    }

    // ---- fixtures -------------------------------------------------------------------------------------------

    private static long industryId(String code) {
        List<Map<String, Object>> items = Api.get(Tokens.ADMIN, "/api/industries")
                .statusCode(200)
                .extract()
                .path("items");
        return items.stream()
                .filter(i -> code.equals(i.get("code")))
                .map(i -> ((Number) i.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }

    /** A new chain with a unique test name, marked by {@code tag}. */
    private static long testChain(String tag) {
        return createChain("测试链-" + Fixtures.uniqueCode(tag));
    }

    private static long createChain(String name) {
        Number id = Api.post(
                        Tokens.ADMIN,
                        "/api/chains",
                        Map.of("industryId", industryId(DEFAULT_INDUSTRY), "name", name, "description", "测试产业链"))
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/api/chains/"))
                .extract()
                .path("id");
        return id.longValue();
    }

    private static Map<String, Object> node(String key, String name, String segment) {
        Map<String, Object> n = new HashMap<>();
        n.put("key", key);
        n.put("name", name);
        n.put("segment", segment);
        return n;
    }

    private static Map<String, Object> edge(String from, String to) {
        return Map.of("from", from, "to", to);
    }

    /** 原料 (up) → 材料 (mid) → 制品 (down), 原料 → 薄膜 (mid). */
    private static Map<String, Object> threeSegments() {
        return Map.of(
                "nodes",
                List.of(
                        node("raw", "原料", "UPSTREAM"),
                        node("mat", "材料", "MIDSTREAM"),
                        node("film", "薄膜", "MIDSTREAM"),
                        node("goods", "制品", "DOWNSTREAM")),
                "edges",
                List.of(edge("raw", "mat"), edge("mat", "goods"), edge("raw", "film")));
    }

    private static ValidatableResponse putGraph(String user, long chain, String ifMatch, Object graph) {
        String path = "/api/chains/" + chain + "/graph";
        return ifMatch == null ? Api.put(user, path, graph) : Api.put(user, path, ifMatch, graph);
    }

    private static String version(long chain) {
        return Api.get(Tokens.LEADER, "/api/chains/" + chain)
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** The chain with the three-segment graph; answers node ids by name. */
    private static Map<String, Long> chainWithGraph(long chain) {
        JsonPath body = putGraph(Tokens.ADMIN, chain, "\"0\"", threeSegments())
                .statusCode(200)
                .header("ETag", "\"1\"")
                .extract()
                .jsonPath();
        Map<String, Long> ids = new HashMap<>();
        for (Map<String, Object> n : body.<Map<String, Object>>getList("nodes")) {
            ids.put((String) n.get("name"), ((Number) n.get("id")).longValue());
        }
        return ids;
    }

    private static int firm(String name, List<String> tags, Object capital) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("status", "POOL");
        body.put("creditCode", CreditCodes.next());
        body.put("registeredCapital", capital);
        body.put("tags", tags.stream().map(t -> Map.of("tag", t)).toList());
        return Api.create(Tokens.OFFICER, "/api/enterprises", body);
    }

    private static ValidatableResponse link(String user, long chain, long node, int firm, String role) {
        return Api.post(
                user,
                "/api/chains/" + chain + "/nodes/" + node + "/enterprises",
                Map.of("enterpriseId", firm, "role", role, "note", "测试"));
    }

    private static int project(String user, String name, int investor) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("pool", "PROMOTION");
        body.put("totalInvestment", 12000);
        body.put("investorEnterpriseIds", List.of(investor));
        body.put("stage", "NEGOTIATING");
        body.put("effectiveDate", BusinessDates.today().minusDays(3).toString());
        return Api.create(user, "/api/projects", body);
    }

    private static Map<String, Object> nodeOf(JsonPath chain, String name) {
        return chain.<Map<String, Object>>getList("nodes").stream()
                .filter(n -> name.equals(n.get("name")))
                .findFirst()
                .orElseThrow();
    }

    // ---- chains and graphs ----------------------------------------------------------------------------------

    @Test
    void adminCreatesAChainAndItsGraphAndEveryoneReadsIt() {
        String name = "测试链-" + Fixtures.uniqueCode("a");
        long chain = createChain(name);
        Map<String, Long> ids = chainWithGraph(chain);
        assertThat(ids).containsOnlyKeys("原料", "材料", "薄膜", "制品");

        JsonPath detail = Api.get(Tokens.OFFICER, "/api/chains/" + chain)
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo(name))
                .body("industry.name", equalTo("新型功能材料"))
                .body("nodes.name", contains("原料", "材料", "薄膜", "制品")) // chain order: segment, then sort order
                .body("nodes.coverage", contains("GAP", "GAP", "GAP", "GAP"))
                .body("edges", hasSize(3))
                .body("summary.nodes", equalTo(4))
                .body("summary.gaps", equalTo(4))
                .extract()
                .jsonPath();
        assertThat(detail.<Map<String, Object>>getList("edges")).anySatisfy(e -> {
            assertThat(((Number) e.get("from")).longValue()).isEqualTo(ids.get("原料"));
            assertThat(((Number) e.get("to")).longValue()).isEqualTo(ids.get("材料"));
        });

        Api.get(Tokens.STATS, "/api/chains", "industryId", industryId(DEFAULT_INDUSTRY))
                .statusCode(200)
                .body("find { it.id == " + chain + " }.nodeCount", equalTo(4))
                .body("find { it.id == " + chain + " }.gapCount", equalTo(4))
                .body("find { it.id == " + chain + " }.industry.name", equalTo("新型功能材料"));
        Api.get(Tokens.STATS, "/api/chains", "industryId", industryId("trade"))
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem((int) chain)));
    }

    @Test
    void aNodeSentWithItsIdKeepsItsLinksAndANewGraphReplacesTheOldOne() {
        long chain = testChain("b");
        Map<String, Long> ids = chainWithGraph(chain);
        int firm = firm("链上企业" + Fixtures.uniqueCode("f"), List.of(), 100);
        link(Tokens.OFFICER, chain, ids.get("材料"), firm, "LOCAL").statusCode(201);

        Map<String, Object> kept = node("m", "新材料", "MIDSTREAM"); // renamed
        kept.put("id", ids.get("材料"));
        kept.put("sortOrder", 5);
        Map<String, Object> graph =
                Map.of("nodes", List.of(kept, node("n", "应用", "DOWNSTREAM")), "edges", List.of(edge("m", "n")));
        putGraph(Tokens.ADMIN, chain, "\"1\"", graph)
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("nodes.name", contains("新材料", "应用"))
                .body("nodes[0].id", equalTo(ids.get("材料").intValue()))
                .body("nodes[0].localCount", equalTo(1))
                .body("nodes[0].sortOrder", equalTo(5))
                .body("nodes[0].coverage", equalTo("WEAK"))
                .body("nodes[1].coverage", equalTo("EXTEND"))
                .body("edges", hasSize(1));
    }

    @Test
    void aBadGraphIsRefusedWithFieldErrorsInChinese() {
        long chain = testChain("c");
        Map<String, Object> cycle = Map.of(
                "nodes",
                List.of(node("a", "甲", "UPSTREAM"), node("b", "乙", "MIDSTREAM")),
                "edges",
                List.of(edge("a", "b"), edge("b", "a")));
        putGraph(Tokens.ADMIN, chain, "\"0\"", cycle)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("validation.failed"))
                .body("violations.field", contains("edges"))
                .body("violations[0].message", containsString("循环"));

        Map<String, Object> duplicates = Map.of(
                "nodes",
                List.of(node("a", "甲", "UPSTREAM"), node("b", "甲", "MIDSTREAM")),
                "edges",
                List.of(edge("a", "zzz")));
        putGraph(Tokens.ADMIN, chain, "\"0\"", duplicates)
                .statusCode(422)
                .body("code", equalTo("validation.failed"))
                .body("violations.field", containsInAnyOrder("nodes[1].name", "edges[0].to"))
                .body("violations.find { it.field == 'nodes[1].name' }.message", containsString("重复"))
                .body("violations.find { it.field == 'edges[0].to' }.message", containsString("zzz"));

        // Nothing was written: the chain is still at version 0 without nodes.
        Api.get(Tokens.ADMIN, "/api/chains/" + chain)
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("nodes", hasSize(0));
    }

    @Test
    void aNodeOfAnotherChainCannotBeSent() {
        long other = testChain("d1");
        long foreignNode = chainWithGraph(other).get("原料");
        long chain = testChain("d2");
        Map<String, Object> stolen = node("x", "原料", "UPSTREAM");
        stolen.put("id", foreignNode);
        putGraph(Tokens.ADMIN, chain, "\"0\"", Map.of("nodes", List.of(stolen), "edges", List.of()))
                .statusCode(422)
                .body("violations.field", contains("nodes[0].id"));
    }

    @Test
    void removingANodeWithFirmsIsRefusedNamingTheNode() {
        long chain = testChain("e");
        Map<String, Long> ids = chainWithGraph(chain);
        int firm = firm("链上企业" + Fixtures.uniqueCode("f"), List.of(), 100);
        link(Tokens.UNIT_HEAD, chain, ids.get("薄膜"), firm, "TARGET").statusCode(201);

        List<Map<String, Object>> nodes = new ArrayList<>();
        for (String name : List.of("原料", "材料", "制品")) {
            Map<String, Object> n = node(name, name, name.equals("原料") ? "UPSTREAM" : "MIDSTREAM");
            n.put("id", ids.get(name));
            nodes.add(n);
        }
        putGraph(Tokens.ADMIN, chain, "\"1\"", Map.of("nodes", nodes, "edges", List.of()))
                .statusCode(409)
                .body("code", equalTo("chain.node_in_use"))
                .body("detail", containsString("薄膜"));
        Api.get(Tokens.ADMIN, "/api/chains/" + chain).header("ETag", "\"1\"").body("nodes", hasSize(4));
    }

    @Test
    void graphEditsNeedTheCurrentVersionAndTheAdminRole() {
        long chain = testChain("g");
        putGraph(Tokens.ADMIN, chain, null, threeSegments()).statusCode(428).body("code", equalTo("version.missing"));
        chainWithGraph(chain);
        putGraph(Tokens.ADMIN, chain, "\"0\"", threeSegments()).statusCode(412).body("code", equalTo("version.stale"));
        putGraph(Tokens.OFFICER, chain, "\"1\"", threeSegments()).statusCode(403);
        putGraph(Tokens.UNIT_HEAD, chain, "\"1\"", threeSegments()).statusCode(403);
        Api.post(Tokens.OFFICER, "/api/chains", Map.of("industryId", industryId(DEFAULT_INDUSTRY), "name", "越权"))
                .statusCode(403);
        Api.delete(Tokens.LEADER, "/api/chains/" + chain, "\"1\"").statusCode(403);
        putGraph(Tokens.ADMIN, 999_999_999L, "\"0\"", threeSegments())
                .statusCode(404)
                .body("code", equalTo("chain.not_found"));
    }

    @Test
    void adminRenamesAndDeletesAChainButNotWhileFirmsAreOnIt() {
        long chain = testChain("h");
        Map<String, Long> ids = chainWithGraph(chain);
        String renamed = "改名链-" + Fixtures.uniqueCode("h");
        Api.put(
                        Tokens.ADMIN,
                        "/api/chains/" + chain,
                        "\"1\"",
                        Map.of("industryId", industryId(DEFAULT_INDUSTRY), "name", renamed, "sortOrder", 3))
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("name", equalTo(renamed))
                .body("sortOrder", equalTo(3));
        Api.post(
                        Tokens.ADMIN,
                        "/api/chains",
                        "\"2\"",
                        Map.of("industryId", industryId(DEFAULT_INDUSTRY), "name", renamed))
                .statusCode(400)
                .body("code", equalTo("chain.name_taken"));

        int firm = firm("链上企业" + Fixtures.uniqueCode("f"), List.of(), 100);
        link(Tokens.OFFICER, chain, ids.get("原料"), firm, "LOCAL").statusCode(201);
        Api.delete(Tokens.ADMIN, "/api/chains/" + chain, "\"2\"")
                .statusCode(409)
                .body("code", equalTo("chain.in_use"));
        Api.delete(Tokens.OFFICER, "/api/chains/" + chain + "/nodes/" + ids.get("原料") + "/enterprises/" + firm)
                .statusCode(204);
        Api.delete(Tokens.ADMIN, "/api/chains/" + chain, "\"2\"").statusCode(204);
        Api.get(Tokens.ADMIN, "/api/chains/" + chain).statusCode(404).body("code", equalTo("chain.not_found"));
    }

    // ---- firms on nodes -------------------------------------------------------------------------------------

    @Test
    void officersPlaceFirmsAndTheCountsAndCoverageFollow() {
        long chain = testChain("i");
        Map<String, Long> ids = chainWithGraph(chain);
        int leader = firm("链主企业" + Fixtures.uniqueCode("f"), List.of("CHAIN_LEADER"), 50000);
        int plain = firm("普通企业" + Fixtures.uniqueCode("f"), List.of("HIGH_TECH"), 800);
        int target = firm("目标企业" + Fixtures.uniqueCode("f"), List.of(), 20000);

        link(Tokens.OFFICER, chain, ids.get("原料"), plain, "LOCAL")
                .statusCode(201)
                .body("id", equalTo(plain))
                .body("role", equalTo("LOCAL"))
                .body("linkedBy", equalTo("officer"))
                .body("note", equalTo("测试"))
                .body("tags.tag", contains("HIGH_TECH"));
        link(Tokens.OFFICER, chain, ids.get("材料"), leader, "TARGET").statusCode(201);
        link(Tokens.OFFICER, chain, ids.get("材料"), leader, "LOCAL")
                .statusCode(200)
                .body("role", equalTo("LOCAL")); // already there: the role changes
        link(Tokens.ADMIN, chain, ids.get("制品"), target, "TARGET").statusCode(201);
        link(Tokens.LEADER, chain, ids.get("制品"), plain, "TARGET").statusCode(403);
        link(Tokens.STATS, chain, ids.get("制品"), plain, "TARGET").statusCode(403);
        link(Tokens.OFFICER, chain, ids.get("制品"), 999_999_999, "TARGET")
                .statusCode(404)
                .body("code", equalTo("enterprise.not_found"));
        link(Tokens.OFFICER, chain, 999_999_999L, plain, "TARGET")
                .statusCode(404)
                .body("code", equalTo("chain.node_not_found"));
        int projectId = project(Tokens.OFFICER, "链上项目" + Fixtures.uniqueCode("p"), target);

        JsonPath detail = Api.get(Tokens.LEADER, "/api/chains/" + chain)
                .statusCode(200)
                .header("ETag", "\"1\"") // links do not move the chain's version
                .extract()
                .jsonPath();
        assertThat(nodeOf(detail, "原料"))
                .containsEntry("localCount", 1)
                .containsEntry("leaderCount", 0)
                .containsEntry("coverage", "WEAK");
        assertThat(nodeOf(detail, "材料"))
                .containsEntry("localCount", 1)
                .containsEntry("leaderCount", 1)
                .containsEntry("targetCount", 0)
                .containsEntry("coverage", "COVERED");
        assertThat(nodeOf(detail, "薄膜")).containsEntry("coverage", "EXTEND"); // after 原料, which has a local firm
        assertThat(nodeOf(detail, "制品"))
                .containsEntry("localCount", 0)
                .containsEntry("targetCount", 1)
                .containsEntry("projectCount", 1)
                .containsEntry("coverage", "EXTEND");
        assertThat(detail.getMap("summary"))
                .containsEntry("nodes", 4)
                .containsEntry("gaps", 0)
                .containsEntry("extend", 2)
                .containsEntry("weak", 1)
                .containsEntry("covered", 1);
        Api.get(Tokens.LEADER, "/api/chains")
                .statusCode(200)
                .body("find { it.id == " + chain + " }.extendCount", equalTo(2))
                .body("find { it.id == " + chain + " }.weakCount", equalTo(1))
                .body("find { it.id == " + chain + " }.coveredCount", equalTo(1))
                .body("find { it.id == " + chain + " }.gapCount", equalTo(0));

        // The project leaves the funnel count once it operates.
        Api.post(
                        Tokens.OFFICER,
                        "/api/projects/" + projectId + "/transitions",
                        Map.of(
                                "toStage",
                                "TERMINATED",
                                "effectiveDate",
                                BusinessDates.today().toString(),
                                "note",
                                "终止"))
                .statusCode(201);
        Api.get(Tokens.LEADER, "/api/chains/" + chain).body("nodes.find { it.name == '制品' }.projectCount", equalTo(0));

        Api.get(Tokens.OFFICER2, "/api/chains/links", "enterpriseId", leader)
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].chainId", equalTo((int) chain))
                .body("[0].nodeName", equalTo("材料"))
                .body("[0].segment", equalTo("MIDSTREAM"))
                .body("[0].role", equalTo("LOCAL"));
        Api.get(Tokens.OFFICER, "/api/chains/links", "enterpriseId", 999_999_999)
                .statusCode(404)
                .body("code", equalTo("enterprise.not_found"));

        Api.delete(Tokens.UNIT_HEAD, "/api/chains/" + chain + "/nodes/" + ids.get("材料") + "/enterprises/" + leader)
                .statusCode(204);
        Api.delete(Tokens.UNIT_HEAD, "/api/chains/" + chain + "/nodes/" + ids.get("材料") + "/enterprises/" + leader)
                .statusCode(404);
        Api.get(Tokens.LEADER, "/api/chains/" + chain)
                .body("nodes.find { it.name == '材料' }.coverage", equalTo("EXTEND"));
    }

    @Test
    void aNodeListsItsLocalsItsRankedTargetsAndOnlyTheProjectsTheCallerMayRead() {
        long chain = testChain("j");
        long node = chainWithGraph(chain).get("材料");
        int local = firm("本地企业" + Fixtures.uniqueCode("f"), List.of("BACKBONE"), 3000);
        int big = firm("世界企业" + Fixtures.uniqueCode("f"), List.of("FORTUNE_500", "LISTED"), 200000); // 40 + 25
        int visited = firm("走访企业" + Fixtures.uniqueCode("f"), List.of("SRDI"), 500); // 8 + 4 + 6 + 6
        int small = firm("小企业" + Fixtures.uniqueCode("f"), List.of(), null); // 0
        link(Tokens.OFFICER, chain, node, local, "LOCAL").statusCode(201);
        for (int firm : List.of(small, visited, big)) {
            link(Tokens.OFFICER, chain, node, firm, "TARGET").statusCode(201);
        }
        Api.post(
                        Tokens.OFFICER,
                        "/api/visits",
                        EngagementFixtures.visit(
                                visited, BusinessDates.today().minusDays(10).toString()))
                .statusCode(201);
        Api.post(
                        Tokens.OFFICER,
                        "/api/visits",
                        EngagementFixtures.visit(
                                visited, BusinessDates.today().minusDays(200).toString()))
                .statusCode(201); // outside the 180 days
        EngagementFixtures.createLead(
                Tokens.OFFICER,
                EngagementFixtures.lead("链上线索", BusinessDates.today().toString(), visited));
        int own = project(Tokens.OFFICER, "本单位项目" + Fixtures.uniqueCode("p"), big);
        int others = project(Tokens.OFFICER2, "外单位项目" + Fixtures.uniqueCode("p"), local);

        String path = "/api/chains/" + chain + "/nodes/" + node;
        Api.get(Tokens.OFFICER, path)
                .statusCode(200)
                .body("node.id", equalTo((int) node))
                .body("node.coverage", equalTo("COVERED"))
                .body("node.projectCount", equalTo(2))
                .body("locals.id", contains(local))
                .body("locals[0].ownerUnit.id", equalTo((int) units[0]))
                .body("targets.id", contains(big, visited, small))
                .body("targets.score", contains(65, 24, 0))
                .body("targets[0].reasons.kind", contains("TAG", "TAG", "CAPITAL"))
                .body("targets[0].reasons[0].tag", equalTo("FORTUNE_500"))
                .body("targets[0].reasons[1].points", equalTo(15))
                .body("targets[0].reasons[2].amount", equalTo(200000.0f))
                .body("targets[1].reasons.kind", contains("TAG", "CAPITAL", "VISITS", "OPEN_LEAD"))
                .body("targets[1].reasons.find { it.kind == 'VISITS' }.count", equalTo(1))
                .body("targets[2].reasons", hasSize(0))
                .body("projects.id", contains(own))
                .body("projects[0].unit.id", equalTo((int) units[0]))
                .body("projects[0].stage", equalTo("NEGOTIATING"));
        Api.get(Tokens.OFFICER2, path).statusCode(200).body("projects.id", contains(others));
        Api.get(Tokens.LEADER, path).statusCode(200).body("projects.id", containsInAnyOrder(own, others));
        Api.get(Tokens.STATS, path).statusCode(200).body("projects", hasSize(2));
        Api.get(Tokens.LEADER, "/api/chains/" + chain + "/nodes/999999999")
                .statusCode(404)
                .body("code", equalTo("chain.node_not_found"));
    }

    @Test
    void aMergedFirmHandsItsPlacesToTheSurvivorAndAPlacedFirmCannotBeDeleted() {
        long chain = testChain("m");
        Map<String, Long> ids = chainWithGraph(chain);
        int survivor = firm("合并存续" + Fixtures.uniqueCode("f"), List.of(), 100);
        // no credit code: a duplicate entry
        int merged = Api.create(
                Tokens.OFFICER,
                "/api/enterprises",
                Map.of("name", "合并并入" + Fixtures.uniqueCode("f"), "status", "POOL"));
        link(Tokens.OFFICER, chain, ids.get("材料"), survivor, "TARGET").statusCode(201);
        link(Tokens.OFFICER, chain, ids.get("材料"), merged, "LOCAL").statusCode(201);
        link(Tokens.OFFICER, chain, ids.get("制品"), merged, "TARGET").statusCode(201);

        Api.delete(Tokens.OFFICER, "/api/enterprises/" + merged, "\"0\"")
                .statusCode(409)
                .body("code", equalTo("enterprise.in_use"));
        Api.post(Tokens.OFFICER, "/api/enterprises/" + survivor + "/merge", "\"0\"", Map.of("otherId", merged))
                .statusCode(200);

        Api.get(Tokens.LEADER, "/api/chains/links", "enterpriseId", merged)
                .statusCode(200)
                .body("", hasSize(0));
        Api.get(Tokens.LEADER, "/api/chains/links", "enterpriseId", survivor)
                .statusCode(200)
                .body("nodeName", contains("材料", "制品"))
                .body("role", contains("LOCAL", "TARGET"));
        Api.get(Tokens.LEADER, "/api/chains/" + chain)
                .body("nodes.find { it.name == '材料' }.localCount", equalTo(1))
                .body("nodes.find { it.name == '材料' }.targetCount", equalTo(0));
    }

    // ---- the gap report and the audit trail -----------------------------------------------------------------

    @Test
    void theGapReportHasOneRowPerNodeMatchingTheDetailWithFormulasNeutralised() throws IOException {
        long chain = testChain("k");
        Map<String, Object> graph = Map.of(
                "nodes",
                List.of(
                        node("a", "=SUM(1,2)", "UPSTREAM"),
                        node("b", "材料", "MIDSTREAM"),
                        node("c", "制品", "DOWNSTREAM")),
                "edges",
                List.of(edge("a", "b"), edge("b", "c")));
        JsonPath put = putGraph(Tokens.ADMIN, chain, "\"0\"", graph)
                .statusCode(200)
                .extract()
                .jsonPath();
        long a = ((Number) nodeOf(put, "=SUM(1,2)").get("id")).longValue();
        long b = ((Number) nodeOf(put, "材料").get("id")).longValue();
        link(Tokens.OFFICER, chain, a, firm("本地" + Fixtures.uniqueCode("f"), List.of("CHAIN_LEADER"), 10), "LOCAL")
                .statusCode(201);
        int first = firm("+甲目标" + Fixtures.uniqueCode("f"), List.of("UNICORN"), 100000);
        int second = firm("乙目标" + Fixtures.uniqueCode("f"), List.of(), 20000);
        int third = firm("丙目标" + Fixtures.uniqueCode("f"), List.of(), 50);
        int fourth = firm("丁目标" + Fixtures.uniqueCode("f"), List.of(), null);
        for (int firm : List.of(fourth, third, second, first)) {
            link(Tokens.OFFICER, chain, b, firm, "TARGET").statusCode(201);
        }
        JsonPath detail =
                Api.get(Tokens.LEADER, "/api/chains/" + chain).extract().jsonPath();

        Response xlsx = Tokens.as(Tokens.LEADER).get("/api/chains/" + chain + "/gaps.xlsx");
        xlsx.then().statusCode(200).header("Content-Disposition", containsString("attachment"));
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = workbook.getFirstSheet();
            for (Row row : sheet.read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 8; c++) {
                    cells.add(row.getOptionalCell(c).map(Cell::getText).orElse(""));
                }
                rows.add(cells);
            }
        }
        assertThat(rows.get(0)).containsExactly("环节", "位置", "本地企业数", "链主/骨干数", "目标企业数", "在谈项目数", "判定", "推荐目标");
        assertThat(rows).hasSize(4);
        List<Map<String, Object>> nodes = detail.getList("nodes");
        for (int i = 0; i < nodes.size(); i++) {
            Map<String, Object> n = nodes.get(i);
            List<String> row = rows.get(i + 1);
            String name = (String) n.get("name");
            assertThat(row.get(0)).isEqualTo(name.startsWith("=") ? "'" + name : name);
            assertThat(Integer.parseInt(row.get(2))).isEqualTo(n.get("localCount"));
            assertThat(Integer.parseInt(row.get(3))).isEqualTo(n.get("leaderCount"));
            assertThat(Integer.parseInt(row.get(4))).isEqualTo(n.get("targetCount"));
            assertThat(Integer.parseInt(row.get(5))).isEqualTo(n.get("projectCount"));
        }
        assertThat(rows.get(1).subList(0, 2)).containsExactly("'=SUM(1,2)", "上游");
        assertThat(rows.get(1).get(6)).isEqualTo("已覆盖");
        assertThat(rows.get(2).get(6)).isEqualTo("延链");
        assertThat(rows.get(3).get(6)).isEqualTo("补链");
        // Best three, best first; the first name starts with "+", so the cell is neutralised.
        assertThat(rows.get(2).get(7))
                .startsWith("'+甲目标")
                .contains("（50分）")
                .contains("乙目标")
                .contains("（18分）")
                .contains("丙目标")
                .doesNotContain("丁目标");
        assertThat(rows.get(2).get(7).indexOf("乙目标"))
                .isLessThan(rows.get(2).get(7).indexOf("丙目标"));
        assertThat(rows.get(3).get(7)).isEmpty();
    }

    @Test
    void everyWriteIsInTheAuditTrail() {
        long chain = testChain("l");
        Map<String, Long> ids = chainWithGraph(chain);
        int firm = firm("审计企业" + Fixtures.uniqueCode("f"), List.of(), 100);
        link(Tokens.OFFICER, chain, ids.get("原料"), firm, "LOCAL").statusCode(201);
        long linkId = auditIds("ChainNodeEnterprise", "officer", "CREATE").stream()
                .filter(id -> auditChanges("ChainNodeEnterprise", id).contains("\"ref\":" + firm))
                .findFirst()
                .orElseThrow();
        link(Tokens.OFFICER, chain, ids.get("原料"), firm, "TARGET").statusCode(200);
        Api.delete(Tokens.OFFICER, "/api/chains/" + chain + "/nodes/" + ids.get("原料") + "/enterprises/" + firm)
                .statusCode(204);

        Api.get(Tokens.AUDITOR, "/api/audit", "entity", "Chain", "id", chain)
                .statusCode(200)
                .body("items.action", containsInAnyOrder("CREATE", "UPDATE"))
                .body("items.actor", hasItem("admin"));
        Api.get(Tokens.AUDITOR, "/api/audit", "entity", "ChainNode", "id", ids.get("原料"))
                .statusCode(200)
                .body("items.action", contains("CREATE"))
                .body("items[0].changes.name.after", equalTo("原料"));
        Api.get(Tokens.STATS, "/api/audit", "entity", "ChainNodeEnterprise", "id", linkId)
                .statusCode(200)
                .body("items.action", contains("DELETE", "UPDATE", "CREATE"))
                .body("items.actor", contains("officer", "officer", "officer"))
                .body("items[1].changes.role.after", equalTo("TARGET"));
        Api.get(Tokens.AUDITOR, "/api/audit", "entity", "ChainEdge", "actor", "admin")
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
    }

    private static List<Long> auditIds(String entity, String actor, String action) {
        List<Map<String, Object>> items = Api.get(
                        Tokens.AUDITOR, "/api/audit", "entity", entity, "actor", actor, "size", 50)
                .statusCode(200)
                .extract()
                .path("items");
        return items.stream()
                .filter(i -> action.equals(i.get("action")))
                .map(i -> Long.parseLong((String) i.get("entityId")))
                .toList();
    }

    private static String auditChanges(String entity, long id) {
        return Api.get(Tokens.AUDITOR, "/api/audit", "entity", entity, "id", id)
                .extract()
                .jsonPath()
                .prettify()
                .replace(" ", "")
                .replace("\n", "");
    }
}
