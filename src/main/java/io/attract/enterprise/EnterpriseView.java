package io.attract.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A firm as a reader sees it: phone numbers are masked unless the reader's unit owns the firm. */
public record EnterpriseView(
        Long id,
        String name,
        List<String> formerNames,
        String creditCode,
        String regionCode,
        String countryCode,
        String industryCode,
        Long industryId,
        String industryName,
        EnterpriseNature nature,
        BigDecimal registeredCapital,
        String revenueBand,
        Integer employees,
        String website,
        String description,
        Long ownerUnitId,
        String ownerUnitName,
        String ownerUsername,
        EnterpriseStatus status,
        String attractionMethod,
        String source,
        List<TagView> tags,
        List<ContactView> contacts,
        boolean canEdit,
        Instant createdAt,
        long version) {

    public record TagView(EnterpriseTagCode tag, Integer listYear) {}

    public record ContactView(Long id, String name, String title, String phone, String email) {}
}
