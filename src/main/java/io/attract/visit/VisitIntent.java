package io.attract.visit;

/** The firm's investment intent as the officer judged it: 无, 较弱, 明确, 已形成项目. */
public enum VisitIntent {
    NONE("无"),
    WEAK("较弱"),
    CLEAR("明确"),
    PROJECT("已形成项目");

    private final String label;

    VisitIntent(String label) {
        this.label = label;
    }

    /** The Chinese name, as the list shows it. */
    public String label() {
        return label;
    }
}
