package io.attract.reminder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Posts a markdown message to a WeCom (企业微信) or DingTalk (钉钉) group robot. Both answer HTTP 200 with
 * {@code errcode} 0 when they took it; anything else is a failure whose reason is logged without the URL (a WeCom
 * URL carries its key).
 */
@ApplicationScoped
class RobotSender {

    private static final int MAX_BYTES = 4000; // WeCom's markdown limit is 4096 bytes

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    ObjectMapper json;

    void send(UnitWebhook hook, String title, String markdown) throws DeliveryFailed {
        String text = fit(markdown);
        Map<String, Object> payload = hook.kind == WebhookKind.WECOM
                ? Map.of("msgtype", "markdown", "markdown", Map.of("content", text))
                : Map.of("msgtype", "markdown", "markdown", Map.of("title", title, "text", text));
        String url = hook.kind == WebhookKind.DINGTALK && hook.secret != null
                ? DingTalkSignature.signedUrl(hook.url, hook.secret, System.currentTimeMillis())
                : hook.url;
        HttpResponse<String> response;
        try {
            response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(payload)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new DeliveryFailed("无法连接群机器人：" + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("发送被中断");
        }
        if (response.statusCode() / 100 != 2) {
            throw new DeliveryFailed("群机器人答复 HTTP " + response.statusCode());
        }
        JsonNode answer = parse(response.body());
        if (answer != null && answer.path("errcode").asInt(0) != 0) {
            throw new DeliveryFailed("群机器人拒收：errcode " + answer.path("errcode").asInt() + " "
                    + abbreviate(answer.path("errmsg").asText("")));
        }
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    /** Cut to the robots' limit on a line boundary, saying that more was left off. */
    static String fit(String markdown) {
        if (markdown.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return markdown;
        }
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (String line : markdown.split("\n")) {
            int size = (line + "\n").getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_BYTES - 60) {
                break;
            }
            kept.append(line).append('\n');
            bytes += size;
        }
        return kept.append("\n……（更多内容请登录系统查看）").toString();
    }
}
