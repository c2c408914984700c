package io.attract.common.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Personal data at rest (PIPL; issue #23, item 6): AES-256-GCM with a fresh 96-bit nonce per value, stored as
 * {@code <key id>:<base64(nonce | ciphertext | tag)>}. The current key ({@code attract.personal-data.key}, 32 bytes in
 * Base64, from the environment or a Kubernetes Secret) encrypts; it and any retired keys
 * ({@code attract.personal-data.old-keys.<id>}) decrypt, so a key can be rotated without a stop (ADR 0031). A value
 * without a key id is plain text written before encryption and is read as it is.
 */
public final class PersonalDataCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile PersonalDataCipher instance;

    private final String currentId;
    private final Map<String, SecretKeySpec> keys;

    PersonalDataCipher(String currentId, Map<String, String> base64Keys) {
        this.currentId = currentId;
        this.keys = new HashMap<>();
        base64Keys.forEach((id, key) -> {
            byte[] bytes = Base64.getDecoder().decode(key.trim());
            if (bytes.length != 32) {
                throw new IllegalStateException("attract.personal-data key " + id + " must be 32 bytes in Base64");
            }
            keys.put(id, new SecretKeySpec(bytes, "AES"));
        });
        if (!keys.containsKey(currentId)) {
            throw new IllegalStateException("no attract.personal-data.key: set ATTRACT_PERSONAL_DATA_KEY (ADR 0031)");
        }
    }

    /** The cipher the application's configuration describes. */
    public static PersonalDataCipher configured() {
        PersonalDataCipher c = instance;
        if (c == null) {
            synchronized (PersonalDataCipher.class) {
                if (instance == null) {
                    instance = fromConfig(ConfigProvider.getConfig());
                }
                c = instance;
            }
        }
        return c;
    }

    static PersonalDataCipher fromConfig(Config config) {
        String id = config.getOptionalValue("attract.personal-data.key-id", String.class)
                .orElse("k1");
        Map<String, String> keys = new HashMap<>();
        config.getOptionalValue("attract.personal-data.key", String.class).ifPresent(k -> keys.put(id, k));
        // As a property (attract.personal-data.old-keys.k1) or as the environment names it
        // (ATTRACT_PERSONAL_DATA_OLD_KEYS_K1): the id is the rest of the name, in lower case.
        for (String name : config.getPropertyNames()) {
            for (String prefix : new String[] {"attract.personal-data.old-keys.", "ATTRACT_PERSONAL_DATA_OLD_KEYS_"}) {
                if (name.startsWith(prefix) && name.length() > prefix.length()) {
                    String oldId = name.substring(prefix.length()).toLowerCase(java.util.Locale.ROOT);
                    config.getOptionalValue(name, String.class).ifPresent(k -> keys.putIfAbsent(oldId, k));
                }
            }
        }
        return new PersonalDataCipher(id, keys);
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(currentId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out =
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed);
            return currentId + ":" + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data could not be encrypted", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        SecretKeySpec key = colon > 0 ? keys.get(stored.substring(0, colon)) : null;
        if (key == null) {
            return stored; // plain text from before encryption (V29 encrypts it)
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(stored.substring(0, colon).getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "personal data could not be decrypted with key " + stored.substring(0, colon), e);
        }
    }
}
