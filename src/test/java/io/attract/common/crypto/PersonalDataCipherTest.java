package io.attract.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** ADR 0031: values sealed with a key stay readable after a rotation that keeps it as an old key. */
class PersonalDataCipherTest {

    private static final String K1 = "MTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMTE=";
    private static final String K2 = "MjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjI=";

    private static Config environment(Map<String, String> variables) {
        return new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(variables, 300))
                .build();
    }

    @Test
    void aRotationKeepsOldValuesReadableAndSealsNewOnesWithTheNewKey() {
        PersonalDataCipher before = PersonalDataCipher.fromConfig(environment(Map.of("ATTRACT_PERSONAL_DATA_KEY", K1)));
        String sealed = before.encrypt("13912345678");
        assertThat(sealed).startsWith("k1:").doesNotContain("5678");

        PersonalDataCipher after = PersonalDataCipher.fromConfig(environment(Map.of(
                "ATTRACT_PERSONAL_DATA_KEY", K2,
                "ATTRACT_PERSONAL_DATA_KEY_ID", "k2",
                "ATTRACT_PERSONAL_DATA_OLD_KEYS_K1", K1)));
        assertThat(after.decrypt(sealed)).isEqualTo("13912345678");
        assertThat(after.encrypt("13912345678")).startsWith("k2:");
        assertThat(after.decrypt("13800000000"))
                .as("plain text from before V29")
                .isEqualTo("13800000000");
    }

    @Test
    void withoutAKeyNothingStartsAndATamperedValueIsRefused() {
        assertThatThrownBy(() -> PersonalDataCipher.fromConfig(environment(Map.of())))
                .hasMessageContaining("ATTRACT_PERSONAL_DATA_KEY");
        PersonalDataCipher cipher = PersonalDataCipher.fromConfig(environment(Map.of("ATTRACT_PERSONAL_DATA_KEY", K1)));
        String sealed = cipher.encrypt("13912345678");
        String tampered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A=") ? "B=" : "A=");
        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    }
}
