package io.attract.user;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class AppUserRepository implements PanacheRepository<AppUser> {

    public Optional<AppUser> findByUsername(String username) {
        return find("from AppUser u left join fetch u.unit where u.username = ?1", username).firstResultOptional();
    }

    public List<AppUser> listWithUnits() {
        return list("from AppUser u left join fetch u.unit order by u.username");
    }
}
