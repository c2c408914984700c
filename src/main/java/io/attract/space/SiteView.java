package io.attract.space;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SiteView(
        Long id,
        String name,
        SiteKind kind,
        @Schema(nullable = true) ParkView.Ref park,
        @Schema(nullable = true) ParkView.Ref zone,
        @Schema(nullable = true) String address,
        BigDecimal longitude,
        BigDecimal latitude,
        BigDecimal areaSqm,
        BigDecimal freeAreaSqm,
        @Schema(nullable = true) String contactName,
        @Schema(nullable = true) String contactPhone,
        @Schema(nullable = true) String description,
        List<ParkView.Ref> suitableIndustries,
        long version) {}
