package io.attract.reminder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.attract.support.LocalPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The outside world of reminders, started on free ports for the tests and the journeys: a real SMTP server
 * (GreenMail) the application's mailer sends to, and a group-robot receiver (the JDK's HttpServer) that answers as
 * WeCom and DingTalk do ({@code errcode} 0) — except under a path containing {@code fail}, which answers 500. The same
 * HTTP server shows what arrived: {@code GET /inbox} (mails: to, subject, text) and {@code GET /received} (robot
 * posts: path, query, body), for the journeys in node as for the Java tests.
 */
public class FakeReceivers implements QuarkusTestResourceLifecycleManager {

    public static final String URL_PROPERTY = "attract.test.receivers";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<Map<String, String>> POSTS = new CopyOnWriteArrayList<>();

    private static volatile GreenMail smtp;

    private HttpServer http;

    @Override
    public Map<String, String> start() {
        try {
            smtp = new GreenMail(new ServerSetup(LocalPostgres.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/hook", FakeReceivers::hook);
            http.createContext("/received", e -> answer(e, 200, POSTS));
            http.createContext("/inbox", e -> answer(e, 200, inbox()));
            http.start();
        } catch (IOException e) {
            throw new IllegalStateException("fake receivers did not start", e);
        }
        return Map.of(
                "quarkus.mailer.mock",
                "false",
                "quarkus.mailer.host",
                "127.0.0.1",
                "quarkus.mailer.port",
                String.valueOf(smtp.getSmtp().getPort()),
                "quarkus.mailer.start-tls",
                "DISABLED",
                URL_PROPERTY,
                "http://127.0.0.1:" + http.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (http != null) {
            http.stop(0);
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static void hook(HttpExchange e) throws IOException {
        String body = new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = e.getRequestURI().getPath();
        String query = e.getRequestURI().getRawQuery();
        POSTS.add(Map.of("path", path, "query", query == null ? "" : query, "body", body));
        if (path.contains("fail")) {
            answer(e, 500, Map.of("errcode", -1, "errmsg", "system busy"));
        } else {
            answer(e, 200, Map.of("errcode", 0, "errmsg", "ok"));
        }
    }

    private static List<Map<String, String>> inbox() {
        return java.util.Arrays.stream(smtp.getReceivedMessages())
                .map(FakeReceivers::mail)
                .toList();
    }

    private static Map<String, String> mail(MimeMessage m) {
        try {
            Object content = m.getContent();
            String text = content instanceof Multipart parts
                    ? String.valueOf(parts.getBodyPart(0).getContent())
                    : String.valueOf(content);
            return Map.of(
                    "to", m.getRecipients(Message.RecipientType.TO)[0].toString(),
                    "subject", m.getSubject(),
                    "text", text);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void answer(HttpExchange e, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        e.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        e.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(bytes);
        }
    }
}
