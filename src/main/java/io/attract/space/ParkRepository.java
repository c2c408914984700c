package io.attract.space;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ParkRepository implements PanacheRepository<Park> {

    public List<Park> listWithZones() {
        return list("from Park p left join fetch p.zone order by p.status desc, p.id");
    }

    public Optional<Park> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
