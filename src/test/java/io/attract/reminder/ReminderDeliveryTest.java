package io.attract.reminder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attract.common.time.BusinessDates;
import io.attract.project.ProjectFixtures;
import io.attract.support.Api;
import io.attract.support.EngagementFixtures;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Reminders that reach people, against a real SMTP server and a robot receiver started for the test
 * ({@link FakeReceivers}): the digest's mail and robot message with their Chinese text, sent once, DingTalk's signature,
 * a failing robot recorded and retried, and an escalation sent at once.
 */
@QuarkusTest
@TestProfile(WithReminderReceivers.class)
class ReminderDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Inject
    Deliveries deliveries;

    private static String receivers() {
        return ConfigProvider.getConfig().getValue(FakeReceivers.URL_PROPERTY, String.class);
    }

    private static List<JsonNode> seen(String what) throws Exception {
        JsonNode all = JSON.readTree(given().get(receivers() + "/" + what).asString());
        return java.util.stream.StreamSupport.stream(all.spliterator(), false).toList();
    }

    private static List<JsonNode> waitFor(String what, Predicate<JsonNode> match) throws Exception {
        for (int i = 0; i < 100; i++) {
            List<JsonNode> found = seen(what).stream().filter(match).toList();
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(100);
        }
        return List.of();
    }

    private void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    /** The user's email as their token gives it (the Dev Service's do), else one given here. */
    private String emailOf(String username) {
        String email = Api.get(username, "/api/me").extract().path("email");
        if (email == null) {
            email = username + "@tianqiao.example";
            sql("update app_user set email = ?1 where username = ?2", email, username);
        }
        return email;
    }

    /** A lead received a month ago and not answered: overdue by every clock rule. */
    private static int overdueLead(String title) {
        int id = EngagementFixtures.createLead(
                Tokens.OFFICER,
                EngagementFixtures.lead(
                        title, BusinessDates.today().minusDays(30).toString(), null));
        Api.get(Tokens.OFFICER, "/api/reminders").body("items.findAll { it.kind == 'LEAD_OVERDUE' }.id", hasItem(id));
        return id;
    }

    private static long robot(long unitId, String kind, String path, String secret) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("url", receivers() + "/hook/" + path);
        body.put("secret", secret);
        return Api.put(Tokens.ADMIN, "/api/reminders/webhooks/" + unitId, body)
                .statusCode(200)
                .extract()
                .<Number>path("version")
                .longValue();
    }

    private static Map<String, Object> digestNow() {
        return Tokens.as(Tokens.ADMIN)
                .post("/api/reminders/digest")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    @Test
    void anOverdueLeadReachesTheOfficersMailboxAndTheUnitsRobotOnce() throws Exception {
        long unit = EngagementFixtures.units()[0];
        String title = "摘要测试线索" + Fixtures.uniqueCode("");
        int lead = overdueLead(title);
        String officer = emailOf(Tokens.OFFICER);
        String path = "wecom-" + unit;
        robot(unit, "WECOM", path, null);

        digestNow();

        JsonNode mail =
                waitFor("inbox", m -> m.path("to").asText().equals(officer)).get(0);
        assertThat(mail.path("subject").asText()).startsWith("【招商引资】您有 1 条线索已超期：" + title);
        assertThat(mail.path("text").asText()).contains("1 条线索已超期：", title, "http://localhost:8080/leads/" + lead);
        JsonNode post =
                waitFor("received", p -> p.path("path").asText().endsWith(path)).get(0);
        JsonNode message = JSON.readTree(post.path("body").asText());
        assertThat(message.path("msgtype").asText()).isEqualTo("markdown");
        assertThat(message.path("markdown").path("content").asText())
                .contains("【招商引资】", "1 条线索已超期", "[" + title + "](http://localhost:8080/leads/" + lead + ")");

        Map<String, Object> again = digestNow();
        assertThat(again.get("sent")).isEqualTo(0);
        assertThat(((Number) again.get("alreadySent")).intValue()).isGreaterThanOrEqualTo(2);
        assertThat(seen("inbox").stream()
                        .filter(m -> m.path("to").asText().equals(officer))
                        .count())
                .isEqualTo(1);
        assertThat(seen("received").stream()
                        .filter(p -> p.path("path").asText().endsWith(path))
                        .count())
                .isEqualTo(1);
        Api.get(Tokens.ADMIN, "/api/reminders/deliveries")
                .statusCode(200)
                .body("items.findAll { it.recipientName.contains('" + officer + "') }.status", hasItem("SENT"));
        Api.get(Tokens.ADMIN, "/api/users").body("items.find { it.username == 'officer' }.email", equalTo(officer));

        Api.put(Tokens.OFFICER, "/api/reminders/email-digest", Map.of("on", false))
                .statusCode(204);
        Api.get(Tokens.OFFICER, "/api/me").body("emailDigest", equalTo(false));
    }

    @Test
    void dingTalkIsSignedAndItsSecretNeverLeaves() throws Exception {
        long unit = EngagementFixtures.units()[0];
        overdueLead("钉钉加签测试线索");
        String secret = "SECtest" + Fixtures.uniqueCode("");
        robot(unit, "DINGTALK", "dingtalk-" + unit, secret);

        digestNow();

        JsonNode post = waitFor("received", p -> p.path("path").asText().endsWith("dingtalk-" + unit))
                .get(0);
        Map<String, String> query = new HashMap<>();
        for (String pair : post.path("query").asText().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        long timestamp = Long.parseLong(query.get("timestamp"));
        assertThat(Math.abs(System.currentTimeMillis() - timestamp)).isLessThan(60_000);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder()
                .encodeToString(mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
        assertThat(query.get("sign")).isEqualTo(expected);
        JsonNode message = JSON.readTree(post.path("body").asText());
        assertThat(message.path("markdown").path("title").asText()).startsWith("【招商引资】");
        assertThat(message.path("markdown").path("text").asText()).contains("钉钉加签测试线索");

        String answered = Api.get(Tokens.ADMIN, "/api/reminders/webhooks")
                .statusCode(200)
                .body("find { it.unitId == " + unit + " }.signed", equalTo(true))
                .extract()
                .asString();
        assertThat(answered).doesNotContain(secret);
        Number inAudit = (Number) em.createNativeQuery(
                        "select count(*) from audit_event where cast(changes as text) like ?1 or cast(changes as text) like ?2")
                .setParameter(1, "%" + secret + "%")
                .setParameter(2, "%" + secret.substring(3) + "%")
                .getSingleResult();
        assertThat(inAudit.intValue()).isZero();
    }

    @Test
    void aFailingRobotIsRecordedAndRetried() throws Exception {
        long unit = EngagementFixtures.units()[0];
        overdueLead("重试测试线索");
        long version = robot(unit, "WECOM", "fail-" + unit, null);

        digestNow();
        Api.get(Tokens.ADMIN, "/api/reminders/deliveries")
                .body(
                        "items.find { it.channel == 'WECOM' && it.status == 'FAILED' }.lastError",
                        equalTo("群机器人答复 HTTP 500"))
                .body("items.find { it.channel == 'WECOM' && it.status == 'FAILED' }.willRetry", equalTo(true));

        // The admin fixes the address; the next retry sends the same message there.
        Api.put(
                        Tokens.ADMIN,
                        "/api/reminders/webhooks/" + unit,
                        "\"" + version + "\"",
                        Map.of("kind", "WECOM", "url", receivers() + "/hook/fixed-" + unit))
                .statusCode(200);
        assertThat(deliveries.retryFailed()).isGreaterThanOrEqualTo(1);

        assertThat(waitFor("received", p -> p.path("path").asText().endsWith("fixed-" + unit)))
                .hasSize(1);
        Number attempts = (Number)
                em.createNativeQuery("select attempts from reminder_delivery where recipient = ?1 and status = 'SENT'")
                        .setParameter(1, "unit:" + unit)
                        .getSingleResult();
        assertThat(attempts.intValue()).isEqualTo(2);
    }

    @Test
    void aCoordinationRequestReachesTheSponsorLeaderAtOnce() throws Exception {
        long unit = EngagementFixtures.units()[0];
        String leader = emailOf(Tokens.LEADER);
        robot(unit, "WECOM", "escalation-" + unit, null);
        Map<String, Object> project = ProjectFixtures.project("协调测试项目");
        project.put("sponsorUsername", Tokens.LEADER);
        int id = ProjectFixtures.create(project);

        Api.post(
                        Tokens.OFFICER,
                        "/api/projects/" + id + "/worklog",
                        Map.of(
                                "loggedOn",
                                BusinessDates.today().toString(),
                                "kind",
                                "COORDINATION",
                                "content",
                                "用地指标需区里协调"))
                .statusCode(201);

        JsonNode mail = waitFor(
                        "inbox",
                        m -> m.path("to").asText().equals(leader)
                                && m.path("subject").asText().contains("协调测试项目"))
                .get(0);
        assertThat(mail.path("subject").asText()).isEqualTo("【招商引资】需协调事项：协调测试项目");
        assertThat(mail.path("text").asText()).contains("用地指标需区里协调", "http://localhost:8080/projects/" + id);
        JsonNode post = waitFor("received", p -> p.path("path").asText().endsWith("escalation-" + unit))
                .get(0);
        assertThat(JSON.readTree(post.path("body").asText())
                        .path("markdown")
                        .path("content")
                        .asText())
                .contains("需协调事项", "协调测试项目", "用地指标需区里协调");
    }
}
