package io.attract.space;

import java.math.BigDecimal;
import java.util.List;

public record SiteView(
        Long id,
        String name,
        SiteKind kind,
        ParkView.Ref park,
        ParkView.Ref zone,
        String address,
        BigDecimal longitude,
        BigDecimal latitude,
        BigDecimal areaSqm,
        BigDecimal freeAreaSqm,
        String contactName,
        String contactPhone,
        String description,
        List<ParkView.Ref> suitableIndustries,
        long version) {}
