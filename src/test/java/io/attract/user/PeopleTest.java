package io.attract.user;

import static org.hamcrest.Matchers.equalTo;

import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every role may read people's names by login, to show a person where a record keeps a login. */
@QuarkusTest
class PeopleTest {

    @Test
    void everyRoleReadsEachUsersNameByLogin() {
        String name =
                Tokens.as(Tokens.UNIT_HEAD).get("/api/me").then().extract().path("displayName");
        for (String reader : new String[] {Tokens.OFFICER, Tokens.LEADER, Tokens.STATS}) {
            Tokens.as(reader)
                    .get("/api/users/people")
                    .then()
                    .statusCode(200)
                    .body("find { it.username == 'unithead' }.displayName", equalTo(name));
        }
    }
}
