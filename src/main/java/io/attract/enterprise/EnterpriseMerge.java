package io.attract.enterprise;

import io.attract.common.error.ApiException;
import io.attract.user.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Duplicates review and merge: the survivor keeps every name, tag, contact and record of both firms. */
@ApplicationScoped
@Transactional
public class EnterpriseMerge {

    public record DuplicateGroup(String key, List<EnterpriseListItem> firms) {}

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    EnterpriseViews views;

    @Inject
    CurrentUser me;

    @Inject
    Event<EnterprisesMerged> merged;

    public List<DuplicateGroup> duplicates(int limit) {
        return enterprises.nameCollisions(limit).stream()
                .map(group -> new DuplicateGroup(group.get(0).nameKey, views.listItems(group)))
                .toList();
    }

    public EnterpriseView merge(long survivorId, long otherId, String ifMatch) {
        if (survivorId == otherId) {
            throw ApiException.invalid("otherId", "enterprise.merge_self", "不能把企业与自身合并。");
        }
        Enterprise survivor = owned(survivorId);
        Enterprise other = owned(otherId);
        io.attract.common.persistence.IfMatch.check(ifMatch, survivor.version);
        if (other.mergedInto != null) {
            throw ApiException.conflict("enterprise.already_merged", "“" + other.name + "”已被合并。");
        }
        if (survivor.creditCode != null && other.creditCode != null && !survivor.creditCode.equals(other.creditCode)) {
            throw ApiException.conflict("enterprise.merge_codes_differ", "两家企业的统一社会信用代码不同，不是同一家企业，不能合并。");
        }
        Set<String> names = new LinkedHashSet<>(List.of(survivor.formerNames));
        names.add(other.name);
        names.addAll(List.of(other.formerNames));
        names.remove(survivor.name);
        survivor.formerNames = names.toArray(String[]::new);
        for (EnterpriseTag tag : other.tags) {
            if (survivor.tags.stream().noneMatch(t -> t.tag == tag.tag)) {
                survivor.tags.add(new EnterpriseTag(tag.tag, tag.listYear));
            }
        }
        for (EnterpriseContact contact : new ArrayList<>(other.contacts)) {
            other.contacts.remove(contact);
            EnterpriseContact moved = new EnterpriseContact();
            moved.enterprise = survivor;
            moved.name = contact.name;
            moved.title = contact.title;
            moved.phone = contact.phone;
            moved.email = contact.email;
            survivor.contacts.add(moved);
        }
        if (survivor.creditCode == null && other.creditCode != null) {
            String code = other.creditCode;
            other.creditCode = null;
            enterprises.flush();
            survivor.creditCode = code;
        }
        other.mergedInto = survivor;
        other.status = EnterpriseStatus.DORMANT;
        enterprises.flush();
        merged.fire(new EnterprisesMerged(survivor.id, other.id, me.username()));
        return views.detail(survivor, survivor.ownerUnit.id);
    }

    private Enterprise owned(long id) {
        Enterprise firm = enterprises
                .findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("enterprise.not_found", "找不到该企业。"));
        Long myUnit = me.unit().map(u -> u.id).orElse(null);
        if (!firm.ownerUnit.id.equals(myUnit)) {
            throw new ApiException(
                    403, "enterprise.not_owner", "“" + firm.name + "”由" + firm.ownerUnit.name + "负责，只有该单位可以合并。");
        }
        return firm;
    }
}
