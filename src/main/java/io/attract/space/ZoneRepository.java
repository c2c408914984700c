package io.attract.space;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ZoneRepository implements PanacheRepository<Zone> {

    public List<Zone> listOrdered() {
        return listAll(Sort.by("sortOrder").and("id"));
    }

    public Optional<Zone> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
