package io.attract.common.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.attract.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A session ended at the provider and written to {@code ended_session} by another replica is refused here within
 * seconds (ADR 0029); a session begun after it is served.
 */
@QuarkusTest
class EndedSessionsTest {

    private static final String USER = "leaver";

    @Inject
    EntityManager em;

    @Inject
    EndedSessions endedSessions;

    @AfterEach
    void cleanUp() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("delete from ended_session").executeUpdate());
        endedSessions.forget();
    }

    @Test
    void aSessionEndedOnAnotherReplicaIsRefusedHereAndANewOneIsServed() throws InterruptedException {
        String before = Tokens.fresh(USER);
        assertThat(status(before)).isEqualTo(200);

        JsonObject claims = claims(before);
        Thread.sleep(1_100); // token times are whole seconds: the session below ended after this token was issued
        endedByAnotherReplica(claims.getString("sid"), claims.getString("sub"));

        long since = System.nanoTime();
        while (status(before) == 200) {
            assertThat((System.nanoTime() - since) / 1_000_000)
                    .as("refused within 10 s")
                    .isLessThan(10_000);
            Thread.sleep(200);
        }
        assertThat(status(before)).isEqualTo(401);

        if (claims.getString("sid") == null) {
            // A provider that names no session ends every session of the subject begun before the logout.
            Thread.sleep(1_100);
            String after = Tokens.fresh(USER);
            assertThat(status(after))
                    .as("a login after the logout: %s, then %s", claims, claims(after))
                    .isEqualTo(200);
        }
    }

    private void endedByAnotherReplica(String sid, String sub) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("insert into ended_session (sid, sub) values (:sid, :sub)")
                        .setParameter("sid", sid)
                        .setParameter("sub", sub)
                        .executeUpdate());
    }

    private static int status(String token) {
        return given().auth().oauth2(token).get("/api/me").statusCode();
    }

    private static JsonObject claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return new JsonObject(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
