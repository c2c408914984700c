package io.attract.space;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ZoneRepository implements PanacheRepository<Zone> {

    public List<Zone> listOrdered() {
        return listAll(Sort.by("sortOrder").and("id"));
    }

    public Optional<Zone> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
