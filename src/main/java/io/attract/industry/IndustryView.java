package io.attract.industry;

import java.time.LocalDate;
import java.util.List;

public record IndustryView(
        Long id,
        String code,
        String name,
        IndustryCategory category,
        int sortOrder,
        List<String> gbt4754Codes,
        String description,
        LocalDate retiredOn,
        long version) {}
