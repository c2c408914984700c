package io.attract.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** People's names where a record keeps logins (sheets read by people): the name, or the login when none is kept. */
@ApplicationScoped
public class PeopleNames {

    @Inject
    AppUserRepository users;

    /** Every user's name as of now, looked up from memory (one query, however many rows ask). */
    public UnaryOperator<String> now() {
        Map<String, String> names =
                users.people().stream().collect(Collectors.toMap(Person::username, Person::displayName, (a, b) -> a));
        return login -> login == null ? null : names.getOrDefault(login, login);
    }
}
