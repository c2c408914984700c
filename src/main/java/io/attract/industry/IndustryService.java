package io.attract.industry;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.CodedEntity;
import io.attract.common.persistence.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
@Transactional
public class IndustryService {

    @Inject
    IndustryRepository industries;

    @Inject
    IndustryMapper mapper;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndustryView> list(boolean includeRetired) {
        return industries.listCatalogue(includeRetired).stream()
                .map(mapper::toView)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndustryView get(long id) {
        return mapper.toView(find(id));
    }

    public IndustryView create(IndustryRequest request) {
        ensureCodeFree(request.code(), null);
        Industry industry = new Industry();
        mapper.update(request, industry);
        industries.persistAndFlush(industry);
        return mapper.toView(industry);
    }

    public IndustryView update(long id, String ifMatch, IndustryRequest request) {
        Industry industry = find(id);
        IfMatch.check(ifMatch, industry.version);
        ensureCodeFree(request.code(), id);
        mapper.update(request, industry);
        industries.flush();
        return mapper.toView(industry);
    }

    /** Retiring keeps the record (projects and enterprises keep pointing at it); it is no longer offered. */
    public IndustryView retire(long id, String ifMatch, LocalDate on) {
        Industry industry = find(id);
        IfMatch.check(ifMatch, industry.version);
        if (industry.retiredOn != null) {
            throw ApiException.conflict("industry.already_retired", "该产业已于 " + industry.retiredOn + " 停用。");
        }
        industry.retiredOn = on != null ? on : LocalDate.now();
        industries.flush();
        return mapper.toView(industry);
    }

    public IndustryView restore(long id, String ifMatch) {
        Industry industry = find(id);
        IfMatch.check(ifMatch, industry.version);
        industry.retiredOn = null;
        industries.flush();
        return mapper.toView(industry);
    }

    private Industry find(long id) {
        return industries
                .findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("industry.not_found", "找不到该产业。"));
    }

    private void ensureCodeFree(String code, Long self) {
        CodedEntity.ensureCodeFree(industries.findByCode(code), self, "industry.code_taken", "产业编码已被使用：" + code);
    }
}
