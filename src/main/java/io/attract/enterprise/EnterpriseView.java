package io.attract.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A firm as a reader sees it: phone numbers are masked unless the reader's unit owns the firm. */
public record EnterpriseView(
        Long id,
        String name,
        List<String> formerNames,
        @Schema(nullable = true) String creditCode,
        @Schema(nullable = true) String regionCode,
        @Schema(nullable = true) String countryCode,
        @Schema(nullable = true) String industryCode,
        @Schema(nullable = true) Long industryId,
        @Schema(nullable = true) String industryName,
        @Schema(nullable = true) EnterpriseNature nature,
        @Schema(nullable = true) BigDecimal registeredCapital,
        @Schema(nullable = true) String revenueBand,
        @Schema(nullable = true) Integer employees,
        @Schema(nullable = true) String website,
        @Schema(nullable = true) String description,
        Long ownerUnitId,
        String ownerUnitName,
        @Schema(nullable = true) String ownerUsername,
        EnterpriseStatus status,
        @Schema(nullable = true) String attractionMethod,
        @Schema(nullable = true) String source,
        List<TagView> tags,
        List<ContactView> contacts,
        boolean canEdit,
        Instant createdAt,
        long version) {

    public record TagView(
            EnterpriseTagCode tag, @Schema(nullable = true) Integer listYear) {}

    public record ContactView(Long id, String name, String title, String phone, String email) {}
}
