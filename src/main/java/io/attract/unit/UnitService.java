package io.attract.unit;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.CodedEntity;
import io.attract.common.persistence.IfMatch;
import io.quarkus.panache.common.Sort;
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitView> list() {
        return units.listAll(Sort.by("kind").and("code")).stream()
                .map(mapper::toView)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitView get(long id) {
        return mapper.toView(find(id));
    }

    public UnitView create(UnitRequest request) {
        ensureCodeFree(request.code(), null);
        Unit unit = new Unit();
        mapper.update(request, unit);
        units.persistAndFlush(unit);
        return mapper.toView(unit);
    }

    public UnitView update(long id, String ifMatch, UnitRequest request) {
        Unit unit = find(id);
        IfMatch.check(ifMatch, unit.version);
        ensureCodeFree(request.code(), id);
        mapper.update(request, unit);
        units.flush();
        return mapper.toView(unit);
    }

    Unit find(long id) {
        return units.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("unit.not_found", "找不到该责任单位。"));
    }

    private void ensureCodeFree(String code, Long self) {
        CodedEntity.ensureCodeFree(units.findByCode(code), self, "unit.code_taken", "单位编码已被使用：" + code);
    }
}
