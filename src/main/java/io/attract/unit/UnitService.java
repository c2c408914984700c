package io.attract.unit;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.CodedCatalogue;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
@Transactional
public class UnitService {

    @Inject
    UnitRepository units;

    @Inject
    UnitMapper mapper;

    private CodedCatalogue<Unit> catalogue;

    @PostConstruct
    void catalogue() {
        catalogue = new CodedCatalogue<>(
                units, () -> ApiException.notFound("unit.not_found", "找不到该责任单位。"), "unit.code_taken", "单位编码已被使用：");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitView> list() {
        return units.listAll(Sort.by("kind").and("code")).stream()
                .map(mapper::toView)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitView get(long id) {
        return mapper.toView(catalogue.find(id));
    }

    public UnitView create(UnitRequest request) {
        return save(new Unit(), request);
    }

    public UnitView update(long id, String ifMatch, UnitRequest request) {
        return save(catalogue.current(id, ifMatch), request);
    }

    private UnitView save(Unit unit, UnitRequest request) {
        return mapper.toView(catalogue.save(unit, request.code(), u -> mapper.update(request, u)));
    }
}
