package io.attract.user;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AppUserRepository implements PanacheRepository<AppUser> {

    public Optional<AppUser> findByUsername(String username) {
        return find("from AppUser u left join fetch u.unit where u.username = ?1", username)
                .firstResultOptional();
    }

    /**
     * Records a login without racing other requests of the same user: no version bump, no lost-update refusal,
     * and a first request creates the row exactly once.
     */
    public void seen(String username, String displayName, Instant now, Instant staleBefore) {
        getEntityManager()
                .createNativeQuery("""
                insert into app_user (id, version, username, display_name, last_seen_at)
                values (nextval('entity_seq'), 0, ?1, ?2, ?3)
                on conflict (username) do update set last_seen_at = excluded.last_seen_at
                where app_user.last_seen_at is null or app_user.last_seen_at < ?4""")
                .setParameter(1, username)
                .setParameter(2, displayName)
                .setParameter(3, now)
                .setParameter(4, staleBefore)
                .executeUpdate();
    }

    public List<AppUser> listWithUnits() {
        return list("from AppUser u left join fetch u.unit order by u.username");
    }
}
