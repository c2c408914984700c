package io.attract.enterprise;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.IfMatch;
import io.attract.common.persistence.PageView;
import io.attract.industry.IndustryRepository;
import io.attract.unit.Unit;
import io.attract.user.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The target library: shared for reading, edited only by the owning unit. */
@ApplicationScoped
@Transactional
public class EnterpriseService {

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    IndustryRepository industries;

    @Inject
    CurrentUser me;

    @Inject
    EnterpriseViews views;

    /** Past this many matches the list answers {@code total: null} ("1,000+") instead of counting them all. */
    static final int COUNT_CAP = 1000;

    public PageView<EnterpriseListItem> list(EnterpriseFilter filter, Sort sort, int page, int size) {
        enterprises.planForValues();
        int counted = enterprises.countUpTo(filter, COUNT_CAP);
        List<EnterpriseListItem> found = enterprises.page(filter, sort, page * size, size, counted > COUNT_CAP);
        return new PageView<>(found, counted > COUNT_CAP ? null : (long) counted, null);
    }

    /** In a (read) transaction: the view walks lazy associations. */
    public EnterpriseView get(long id) {
        return views.detail(find(id), myUnitId());
    }

    public EnterpriseView create(EnterpriseRequest request) {
        Unit unit = me.unit().orElseThrow(() -> new ApiException(400, "user.no_unit", "您尚未分配责任单位，不能新增企业。请联系系统管理员。"));
        Enterprise firm = new Enterprise();
        firm.ownerUnit = unit;
        firm.ownerUsername = me.username();
        apply(request, firm, null, true);
        enterprises.persistAndFlush(firm);
        return views.detail(firm, unit.id);
    }

    public EnterpriseView update(long id, String ifMatch, EnterpriseRequest request) {
        Enterprise firm = findOwned(id);
        IfMatch.check(ifMatch, firm.version);
        apply(request, firm, id, true);
        enterprises.flush();
        return views.detail(firm, myUnitId());
    }

    public void delete(long id, String ifMatch) {
        Enterprise firm = findOwned(id);
        IfMatch.check(ifMatch, firm.version);
        if (enterprises.isReferenced(id)) {
            throw ApiException.conflict("enterprise.in_use", "该企业已有走访、线索、项目记录或已标注在产业链图谱上，不能删除；如为重复企业，请使用“合并”。");
        }
        enterprises.delete(firm);
    }

    Enterprise find(long id) {
        return enterprises
                .findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("enterprise.not_found", "找不到该企业。"));
    }

    private Enterprise findOwned(long id) {
        Enterprise firm = find(id);
        if (!firm.ownerUnit.id.equals(myUnitId())) {
            throw new ApiException(403, "enterprise.not_owner", "该企业由" + firm.ownerUnit.name + "负责，只有该单位可以修改。");
        }
        return firm;
    }

    private Long myUnitId() {
        return me.unit().map(u -> u.id).orElse(null);
    }

    /** Copies a request onto a firm after checking its credit code; contacts only when {@code withContacts}. */
    void apply(EnterpriseRequest r, Enterprise firm, Long self, boolean withContacts) {
        apply(r, firm, self, withContacts, true);
    }

    /** {@code checkCode=false}: the caller (the import) has already checked codes for the whole sheet at once. */
    void apply(EnterpriseRequest r, Enterprise firm, Long self, boolean withContacts, boolean checkCode) {
        String code = r.creditCode() == null || r.creditCode().isBlank() ? null : CreditCode.normalize(r.creditCode());
        if (code != null && checkCode) {
            CreditCode.problem(code).ifPresent(problem -> {
                throw ApiException.invalid("creditCode", "enterprise.credit_code_invalid", problem);
            });
            enterprises
                    .findByCreditCode(code)
                    .filter(other -> !other.id.equals(self))
                    .ifPresent(other -> {
                        throw ApiException.duplicate(
                                "enterprise.duplicate_credit_code",
                                "该统一社会信用代码已登记为“" + other.name + "”，请打开已有记录。",
                                "creditCode",
                                other.id);
                    });
        }
        firm.name = r.name().strip();
        firm.formerNames = r.formerNames() == null
                ? new String[0]
                : r.formerNames().stream().map(String::strip).distinct().toArray(String[]::new);
        firm.creditCode = code;
        firm.regionCode = r.regionCode() != null ? r.regionCode() : code != null ? CreditCode.regionCode(code) : null;
        firm.countryCode = r.countryCode();
        firm.industryCode = r.industryCode();
        firm.industry = r.industryId() == null
                ? null
                : industries
                        .findByIdOptional(r.industryId())
                        .orElseThrow(() -> ApiException.invalid("industryId", "industry.not_found", "找不到该产业。"));
        firm.nature = r.nature();
        firm.registeredCapital = r.registeredCapital();
        firm.revenueBand = r.revenueBand();
        firm.employees = r.employees();
        firm.website = r.website();
        firm.description = r.description();
        firm.status = r.status();
        firm.attractionMethod = r.attractionMethod();
        firm.source = r.source();
        firm.tags.clear();
        if (r.tags() != null) {
            Map<EnterpriseTagCode, EnterpriseRequest.TagInput> byTag = r.tags().stream()
                    .collect(Collectors.toMap(EnterpriseRequest.TagInput::tag, Function.identity(), (a, b) -> b));
            byTag.values().forEach(t -> firm.tags.add(new EnterpriseTag(t.tag(), t.listYear())));
        }
        if (withContacts) {
            replaceContacts(firm, r.contacts());
        }
    }

    private static void replaceContacts(Enterprise firm, List<EnterpriseRequest.ContactInput> contacts) {
        firm.contacts.clear();
        if (contacts == null) {
            return;
        }
        for (EnterpriseRequest.ContactInput input : new LinkedHashSet<>(contacts)) {
            EnterpriseContact contact = new EnterpriseContact();
            contact.enterprise = firm;
            contact.name = input.name().strip();
            contact.title = input.title();
            contact.phone = input.phone();
            contact.email = input.email();
            firm.contacts.add(contact);
        }
    }
}
