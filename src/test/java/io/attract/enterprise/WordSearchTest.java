package io.attract.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V26__search_keys_by_words;
import io.attract.project.ProjectFixtures;
import io.attract.support.Api;
import io.attract.support.EngagementFixtures;
import io.attract.support.OwnerConnection;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pinyin that knows words (issue #22, ADR 0027): 银行 is found by yinhang, 重庆 by cq, in the firm list and the
 * project list; and V26 re-keys what was written with the keys of before.
 */
@QuarkusTest
class WordSearchTest {

    private static Map<String, Integer> firms;

    @BeforeEach
    void firms() {
        if (firms != null) {
            return;
        }
        EngagementFixtures.units();
        firms = new HashMap<>();
        for (String name : List.of(
                "济南农商银行股份有限公司",
                "重庆垚川汽车配件有限公司",
                "厦门犇港物流有限公司",
                "长沙淼湘食品有限公司",
                "长安垚达电子有限公司",
                "乐山犇峨文旅有限公司",
                "朝阳淼辽机械有限公司",
                "天桥区行政服务淼心")) {
            firms.put(name, createFirm(name));
        }
    }

    @Test
    void wordsAreFoundAsPeopleSayThem() {
        assertThat(found("yinhang")).contains(firms.get("济南农商银行股份有限公司"));
        assertThat(found("jnnsyh")).contains(firms.get("济南农商银行股份有限公司"));
        assertThat(found("chongqingyaochuan")).containsExactly(firms.get("重庆垚川汽车配件有限公司"));
        assertThat(found("cqyc")).containsExactly(firms.get("重庆垚川汽车配件有限公司"));
        assertThat(found("xiamenben")).containsExactly(firms.get("厦门犇港物流有限公司"));
        assertThat(found("xmbg")).containsExactly(firms.get("厦门犇港物流有限公司"));
        assertThat(found("changshamiao")).containsExactly(firms.get("长沙淼湘食品有限公司"));
        assertThat(found("changanyao")).containsExactly(firms.get("长安垚达电子有限公司"));
        assertThat(found("leshanben")).containsExactly(firms.get("乐山犇峨文旅有限公司"));
        assertThat(found("chaoyangmiao")).containsExactly(firms.get("朝阳淼辽机械有限公司"));
        assertThat(found("xingzhengfuwumiao")).containsExactly(firms.get("天桥区行政服务淼心"));
        assertThat(found("tqqxzfwmx")).containsExactly(firms.get("天桥区行政服务淼心"));
    }

    @Test
    void theReadingsOfBeforeStillFind() {
        assertThat(found("zhongqingyaochuan")).containsExactly(firms.get("重庆垚川汽车配件有限公司"));
    }

    @Test
    void projectsAreFoundByTheirInvestorsWords() {
        int project = createProject("垚川汽配总部项目", firms.get("重庆垚川汽车配件有限公司"));
        List<Integer> found = Api.get(Tokens.LEADER, "/api/projects", "q", "chongqingyaochuan")
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Integer.class);
        assertThat(found).containsExactly(project);
    }

    @Test
    void theMigrationReKeysFirmsAndProjectsWrittenWithTheKeysOfBefore() throws Exception {
        int firm = createFirm("济南垚犇银行大厦有限公司");
        int project = createProject("垚犇大厦改造项目", firm);
        String before = "济南垚犇银行大厦有限公司|jinanyaobenyinxingdashayouxiangongsi|jnybyxdsyxgs";
        try (Connection c = OwnerConnection.open()) {
            execute(c, "update enterprise set search_text = ? where id = ?", before, firm);
            execute(c, "update project set search_text = 'stale' where id = ?", project);
            assertThat(found("jnybyh")).isEmpty();

            new V26__search_keys_by_words().migrate(context(c));

            assertThat(text(c, "enterprise", firm)).isEqualTo(SearchKeys.of("济南垚犇银行大厦有限公司"));
            assertThat(text(c, "project", project)).contains("jinanyaobenyinhangdasha");
        }
        assertThat(found("jnybyh")).containsExactly(firm);
    }

    @Test
    void flywayRanTheJavaMigration() throws Exception {
        try (Connection c = OwnerConnection.open();
                ResultSet rs = c.createStatement()
                        .executeQuery("select type, success from flyway_schema_history where version = '26'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("JDBC");
            assertThat(rs.getBoolean(2)).isTrue();
        }
    }

    private static List<Integer> found(String q) {
        return Api.get(Tokens.LEADER, "/api/enterprises", "q", q, "size", 200)
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Integer.class);
    }

    private static int createFirm(String name) {
        return Api.create(
                Tokens.OFFICER, "/api/enterprises", Map.of("name", name, "formerNames", List.of(), "status", "POOL"));
    }

    private static int createProject(String name, int investor) {
        return ProjectFixtures.create(name, "NEGOTIATING", "2026-01-10", investor);
    }

    private static void execute(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i] instanceof Integer n ? Long.valueOf(n) : params[i]);
            }
            s.executeUpdate();
        }
    }

    private static String text(Connection c, String table, int id) throws Exception {
        try (PreparedStatement s = c.prepareStatement("select search_text from " + table + " where id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static Context context(Connection c) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return c;
            }
        };
    }
}
