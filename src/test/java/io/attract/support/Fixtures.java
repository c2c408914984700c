package io.attract.support;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Makes the records a test needs through the API, with unique codes so tests never collide. */
public final class Fixtures {

    public static final String DEFAULT_UNIT_NAME = "测试街道";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Fixtures() {}

    public static String uniqueCode(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
    }

    /** Creates a street unit as admin and returns its id. */
    public static long unit(String code) {
        return unit(code, DEFAULT_UNIT_NAME);
    }

    /** Creates a street unit of this name as admin and returns its id. */
    public static long unit(String code, String name) {
        return Api.create(Tokens.ADMIN, "/api/units", Map.of("code", code, "name", name, "kind", "STREET"));
    }

    /** Creates a street unit with a fresh code starting {@code prefix}, assigns these users to it, returns its id. */
    public static long unitOf(String prefix, String... usernames) {
        long id = unit(uniqueCode(prefix));
        for (String username : usernames) {
            assign(username, id);
        }
        return id;
    }

    /** Assigns a user (who must have called the API once) to a unit, as admin. */
    public static void assign(String username, long unitId) {
        Api.get(username, "/api/me").statusCode(200);
        Api.put(Tokens.ADMIN, "/api/users/" + username, Map.of("unitId", unitId))
                .statusCode(200);
    }
}
