package io.attract.user;

import static org.hamcrest.Matchers.equalTo;

import io.attract.support.Api;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every role may read people's names by login, to show a person where a record keeps a login. */
@QuarkusTest
class PeopleTest {

    @Test
    void everyRoleReadsEachUsersNameByLogin() {
        String name = Api.get(Tokens.UNIT_HEAD, "/api/me").extract().path("displayName");
        for (String reader : new String[] {Tokens.OFFICER, Tokens.LEADER, Tokens.STATS}) {
            Api.get(reader, "/api/users/people")
                    .statusCode(200)
                    .body("find { it.username == 'unithead' }.displayName", equalTo(name));
        }
    }
}
