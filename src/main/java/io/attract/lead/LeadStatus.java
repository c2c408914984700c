package io.attract.lead;

/** 跟进中, 已转项目, 已放弃. */
public enum LeadStatus {
    OPEN("跟进中"),
    CONVERTED("已转项目"),
    DROPPED("已放弃");

    private final String label;

    LeadStatus(String label) {
        this.label = label;
    }

    /** The Chinese name, as the list shows it. */
    public String label() {
        return label;
    }
}
