package io.attract.industry;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record IndustryView(
        Long id,
        String code,
        String name,
        IndustryCategory category,
        int sortOrder,
        List<String> gbt4754Codes,
        @Schema(nullable = true) String description,
        @Schema(nullable = true) LocalDate retiredOn,
        long version) {}
