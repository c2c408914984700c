package io.attract.enterprise;

import java.math.BigDecimal;
import java.util.List;

public record EnterpriseListItem(
        Long id,
        String name,
        String creditCode,
        String regionCode,
        String industryName,
        BigDecimal registeredCapital,
        List<EnterpriseView.TagView> tags,
        EnterpriseStatus status,
        Long ownerUnitId,
        String ownerUnitName,
        long version) {}
