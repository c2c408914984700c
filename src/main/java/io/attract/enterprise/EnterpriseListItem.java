package io.attract.enterprise;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record EnterpriseListItem(
        Long id,
        String name,
        @Schema(nullable = true) String creditCode,
        @Schema(nullable = true) String regionCode,
        @Schema(nullable = true) String industryName,
        @Schema(nullable = true) BigDecimal registeredCapital,
        List<EnterpriseView.TagView> tags,
        EnterpriseStatus status,
        Long ownerUnitId,
        String ownerUnitName,
        long version) {}
