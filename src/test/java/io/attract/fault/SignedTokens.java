package io.attract.fault;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Access tokens signed with a key of the test's own. The packaged app verifies them with the public key it is
 * given ({@code quarkus.oidc.public-key}), so the fault tests need no identity provider; the real provider is
 * exercised by deploy/keycloak/real-provider-test.sh.
 */
final class SignedTokens {

    static final String ISSUER = "attract-fault-test";

    private final KeyPair keys;

    SignedTokens() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    /** The value of QUARKUS_OIDC_PUBLIC_KEY: the X.509 public key, Base64, no PEM lines. */
    String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** A token for {@code username} with one role, in the unit with code {@code unit} (null: none). */
    String token(String username, String role, String unit) {
        var claims = Jwt.issuer(ISSUER)
                .preferredUserName(username)
                .subject(username)
                .groups(role)
                .expiresIn(3600);
        if (unit != null) {
            claims.claim("unit", unit);
        }
        return claims.sign(keys.getPrivate());
    }
}
