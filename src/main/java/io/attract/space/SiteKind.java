package io.attract.space;

/** 楼宇 building, 楼层 floor, 厂房 factory, 地块 land parcel. */
public enum SiteKind {
    BUILDING,
    FLOOR,
    FACTORY,
    LAND
}
