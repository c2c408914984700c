package io.attract.common.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.attract.support.Api;
import io.attract.support.Tokens;
import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue #23, item 5: a session's end, here or at the identity provider, is in the audit trail. */
@QuarkusTest
class LogoutAuditTest {

    @Inject
    Event<SecurityEvent> events;

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aLogoutHereAndABackChannelLogoutAreRecorded() {
        String user = "logout-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user))
                .addRole("officer")
                .build();
        events.fire(new SecurityEvent(SecurityEvent.Type.OIDC_LOGOUT_RP_INITIATED, identity));
        events.fire(new SecurityEvent(SecurityEvent.Type.OIDC_BACKCHANNEL_LOGOUT_COMPLETED, identity));
        events.fire(new SecurityEvent(SecurityEvent.Type.OIDC_SESSION_REFRESHED, identity));

        int found = 0;
        for (int attempt = 0; attempt < 40 && found < 2; attempt++) {
            found = Api.get(Tokens.AUDITOR, "/api/audit", "action", "LOGOUT", "actor", user)
                    .statusCode(200)
                    .extract()
                    .path("items.size()");
            if (found < 2) {
                sleep();
            }
        }
        assertThat(found)
                .as("the logout here and the one at the provider; a refreshed session is no logout")
                .isEqualTo(2);
        Api.get(Tokens.AUDITOR, "/api/audit", "action", "LOGOUT", "actor", user)
                .body("items.entity", everyItem(equalTo("Session")));
    }
}
