package io.attract.project;

/** 三库: 策划库, 推进库, 实施库. */
public enum ProjectPool {
    PLANNING,
    PROMOTION,
    IMPLEMENTATION
}
