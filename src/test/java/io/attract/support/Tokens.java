package io.attract.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real access tokens from the OIDC Dev Service that the test run starts (password grant); its users and roles
 * are the demo users of application.properties. Any other username gets only the provider's "user" role.
 */
public final class Tokens {

    public static final String OFFICER = "officer";
    public static final String OFFICER2 = "officer2";
    public static final String UNIT_HEAD = "unithead";
    public static final String LEADER = "leader";
    public static final String STATS = "stats";
    public static final String ADMIN = "admin";
    public static final String SECURITY_ADMIN = "secadmin";
    public static final String AUDITOR = "auditor";
    /** Known to the provider, but holding none of Attract's roles. */
    public static final String NO_ROLE = "visitor";

    /** Fetched again after this long: the provider's tokens expire, and a slow run outlives them. */
    private static final Duration KEEP = Duration.ofMinutes(2);

    private record Fetched(String token, Instant at) {}

    private static final Map<String, Fetched> CACHE = new ConcurrentHashMap<>();

    private Tokens() {}

    public static String of(String username) {
        return CACHE.compute(
                        username,
                        (name, cached) ->
                                cached != null && cached.at().plus(KEEP).isAfter(Instant.now())
                                        ? cached
                                        : new Fetched(fetch(name), Instant.now()))
                .token();
    }

    /** A request as an API client with a bearer token of this user. */
    public static RequestSpecification as(String username) {
        return given().auth().oauth2(of(username));
    }

    /** A token fetched now, never the one kept. */
    public static String fresh(String username) {
        return fetch(username);
    }

    private static String fetch(String username) {
        String server = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return given().formParam("grant_type", "password")
                .formParam("client_id", "attract")
                .formParam("username", username)
                .formParam("scope", "openid")
                .post(server + "/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
