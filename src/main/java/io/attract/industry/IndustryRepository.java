package io.attract.industry;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class IndustryRepository implements PanacheRepository<Industry> {

    private static final Sort ORDER = Sort.by("sortOrder").and("id");

    public List<Industry> listCatalogue(boolean includeRetired) {
        return includeRetired ? listAll(ORDER) : list("retiredOn is null", ORDER);
    }

    public Optional<Industry> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
