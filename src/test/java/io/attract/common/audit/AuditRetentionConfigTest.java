package io.attract.common.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.ConfigurationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** attract.audit.retention below 180 days stops the start-up with a message that says what to set. */
class AuditRetentionConfigTest {

    @Test
    void aRetentionBelow180DaysIsRefused() {
        assertThatThrownBy(() -> AuditRetention.check(Duration.ofDays(179)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("attract.audit.retention is 179d")
                .hasMessageContaining("180 days at least")
                .hasMessageContaining("ATTRACT_AUDIT_RETENTION");
        assertThatThrownBy(() -> AuditRetention.check(Duration.ofDays(180).minusSeconds(1)))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> AuditRetention.check(Duration.ofHours(36)))
                .hasMessageContaining("attract.audit.retention is PT36H");
        assertThatThrownBy(() -> AuditRetention.check(null)).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void aRetentionOf180DaysOrMoreIsAccepted() {
        assertThat(AuditRetention.check(Duration.ofDays(180))).isEqualTo(Duration.ofDays(180));
        assertThat(AuditRetention.check(Duration.ofDays(730))).isEqualTo(Duration.ofDays(730));
    }
}
