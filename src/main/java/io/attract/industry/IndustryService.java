package io.attract.industry;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.CodedCatalogue;
import jakarta.annotation.PostConstruct;
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

    private CodedCatalogue<Industry> catalogue;

    @PostConstruct
    void catalogue() {
        catalogue = new CodedCatalogue<>(
                industries,
                () -> ApiException.notFound("industry.not_found", "找不到该产业。"),
                "industry.code_taken",
                "产业编码已被使用：");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndustryView> list(boolean includeRetired) {
        return industries.listCatalogue(includeRetired).stream()
                .map(mapper::toView)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndustryView get(long id) {
        return mapper.toView(catalogue.find(id));
    }

    public IndustryView create(IndustryRequest request) {
        return save(new Industry(), request);
    }

    public IndustryView update(long id, String ifMatch, IndustryRequest request) {
        return save(catalogue.current(id, ifMatch), request);
    }

    /** Retiring keeps the record (projects and enterprises keep pointing at it); it is no longer offered. */
    public IndustryView retire(long id, String ifMatch, LocalDate on) {
        Industry industry = catalogue.current(id, ifMatch);
        if (industry.retiredOn != null) {
            throw ApiException.conflict("industry.already_retired", "该产业已于 " + industry.retiredOn + " 停用。");
        }
        industry.retiredOn = on != null ? on : LocalDate.now();
        industries.flush();
        return mapper.toView(industry);
    }

    public IndustryView restore(long id, String ifMatch) {
        Industry industry = catalogue.current(id, ifMatch);
        industry.retiredOn = null;
        industries.flush();
        return mapper.toView(industry);
    }

    private IndustryView save(Industry industry, IndustryRequest request) {
        return mapper.toView(catalogue.save(industry, request.code(), i -> mapper.update(request, i)));
    }
}
