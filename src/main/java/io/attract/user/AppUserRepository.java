package io.attract.user;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

@ApplicationScoped
public class AppUserRepository implements PanacheRepository<AppUser> {

    public Optional<AppUser> findByUsername(String username) {
        return find("from AppUser u left join fetch u.unit where u.username = ?1", username)
                .firstResultOptional();
    }

    /**
     * Records a login without racing other requests of the same user: no version bump, no lost-update refusal,
     * and a first request creates the row exactly once. The roles the token carries are kept as they change (who
     * may be picked as a sponsor leader).
     */
    public void seen(
            String username,
            String displayName,
            String email,
            Collection<String> roles,
            Instant now,
            Instant staleBefore) {
        getEntityManager()
                .createNativeQuery("""
                insert into app_user (id, version, username, display_name, roles, last_seen_at, email)
                values (nextval('entity_seq'), 0, ?1, ?2, string_to_array(?5, ','), ?3, ?6)
                on conflict (username) do update set last_seen_at = excluded.last_seen_at, roles = excluded.roles,
                       email = coalesce(excluded.email, app_user.email)
                where app_user.last_seen_at is null or app_user.last_seen_at < ?4
                   or app_user.roles is distinct from excluded.roles
                   or excluded.email is distinct from coalesce(app_user.email, excluded.email)""")
                .setParameter(1, username)
                .setParameter(2, displayName)
                .setParameter(3, now)
                .setParameter(4, staleBefore)
                .setParameter(5, String.join(",", new TreeSet<>(roles)))
                .setParameter(6, email)
                .executeUpdate();
    }

    /** Every user by login, with the name people read (the login when none is kept). */
    public List<Person> people() {
        return persons(getEntityManager().createNativeQuery(PERSON + " order by username"));
    }

    /** The users who held the role at their last request (or were given it by the demo), by display name. */
    public List<Person> withRole(String role) {
        return persons(getEntityManager()
                .createNativeQuery(PERSON + " where ?1 = any(roles) order by 2, 1")
                .setParameter(1, role));
    }

    private static final String PERSON = "select username, coalesce(nullif(display_name, ''), username) from app_user";

    @SuppressWarnings("unchecked")
    private static List<Person> persons(Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Person((String) r[0], (String) r[1])).toList();
    }

    /** Gives a user a role before their first login (the demo's users). */
    public void grant(String username, String role) {
        getEntityManager()
                .createNativeQuery("""
                update app_user set roles = array_append(roles, cast(?2 as varchar))
                where username = ?1 and not (?2 = any(roles))""")
                .setParameter(1, username)
                .setParameter(2, role)
                .executeUpdate();
    }

    public List<AppUser> listWithUnits() {
        return list("from AppUser u left join fetch u.unit order by u.username");
    }
}
