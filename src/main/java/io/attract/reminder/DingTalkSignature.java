package io.attract.reminder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * DingTalk's robot signing ("加签"): HMAC-SHA256 over {@code timestamp + "\n" + secret} keyed by the secret, Base64,
 * URL-encoded; sent as {@code &timestamp=…&sign=…} and accepted within an hour of the timestamp.
 */
public final class DingTalkSignature {

    private DingTalkSignature() {}

    public static String sign(String secret, long timestampMillis) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return URLEncoder.encode(Base64.getEncoder().encodeToString(digest), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The robot's URL with the signature appended. */
    static String signedUrl(String url, String secret, long timestampMillis) {
        return url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestampMillis + "&sign="
                + sign(secret, timestampMillis);
    }
}
