package io.attract.project;

/** 来源层级: where the money comes from, relative to the district. */
public enum OriginTier {
    OVERSEAS,
    OUT_OF_PROVINCE,
    OUT_OF_CITY,
    OUT_OF_DISTRICT,
    LOCAL
}
