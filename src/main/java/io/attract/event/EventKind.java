package io.attract.event;

/** 推介会, 集中签约, 论坛/峰会, 展会, 其他. */
public enum EventKind {
    PROMOTION("推介会"),
    SIGNING("集中签约"),
    FORUM("论坛/峰会"),
    EXPO("展会"),
    OTHER("其他");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    /** The Chinese name, as the list shows it. */
    public String label() {
        return label;
    }
}
