package io.attract.enterprise;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;

/** Entities to views; the only place that decides what a reader of another unit may not see. */
@ApplicationScoped
public class EnterpriseViews {

    EnterpriseView detail(Enterprise e, Long readerUnitId) {
        boolean owner = e.ownerUnit.id.equals(readerUnitId);
        return new EnterpriseView(
                e.id,
                e.name,
                List.of(e.formerNames),
                e.creditCode,
                e.regionCode,
                e.countryCode,
                e.industryCode,
                e.industry == null ? null : e.industry.id,
                e.industry == null ? null : e.industry.name,
                e.nature,
                e.registeredCapital,
                e.revenueBand,
                e.employees,
                e.website,
                e.description,
                e.ownerUnit.id,
                e.ownerUnit.name,
                e.ownerUsername,
                e.status,
                e.attractionMethod,
                e.source,
                tags(e),
                e.contacts.stream()
                        .map(c -> new EnterpriseView.ContactView(
                                c.id, c.name, c.title, owner ? c.phone : maskPhone(c.phone), c.email))
                        .toList(),
                owner,
                e.createdAt,
                e.version);
    }

    List<EnterpriseListItem> listItems(List<Enterprise> firms) {
        return firms.stream()
                .map(e -> new EnterpriseListItem(
                        e.id,
                        e.name,
                        e.creditCode,
                        e.regionCode,
                        e.industry == null ? null : e.industry.name,
                        e.registeredCapital,
                        tags(e),
                        e.status,
                        e.ownerUnit.id,
                        e.ownerUnit.name,
                        e.version))
                .toList();
    }

    private static List<EnterpriseView.TagView> tags(Enterprise e) {
        return e.tags.stream()
                .sorted(Comparator.comparing(t -> t.tag))
                .map(t -> new EnterpriseView.TagView(t.tag, t.listYear))
                .toList();
    }

    /** 13812345678 → 138****5678: enough to recognise, not enough to call. */
    static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 7) {
            return "****";
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }
}
