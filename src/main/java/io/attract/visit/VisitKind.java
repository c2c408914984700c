package io.attract.visit;

/** 上门拜访, 来访接待, 电话, 视频, 展会洽谈. */
public enum VisitKind {
    ON_SITE("上门拜访"),
    RECEPTION("来访接待"),
    PHONE("电话"),
    VIDEO("视频"),
    EXPO("展会洽谈");

    private final String label;

    VisitKind(String label) {
        this.label = label;
    }

    /** The Chinese name, as the list shows it. */
    public String label() {
        return label;
    }
}
