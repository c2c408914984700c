package io.attract.enterprise;

import java.util.List;

/** What the list is narrowed to; every field is optional. */
public record EnterpriseFilter(
        String q,
        List<EnterpriseTagCode> tags,
        Long industryId,
        String regionCode,
        EnterpriseStatus status,
        Long ownerUnitId) {}
