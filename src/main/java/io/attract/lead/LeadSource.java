package io.attract.lead;

/** Where a lead came from: 以商招商, 中介/基金, 展会, 网络, 上级推送, 二次招商, 走访发现, 其他. */
public enum LeadSource {
    REFERRAL("以商招商"),
    AGENCY("中介/基金"),
    EXPO("展会"),
    ONLINE("网络"),
    SUPERIOR("上级推送"),
    REINVESTMENT("二次招商"),
    VISIT("走访发现"),
    OTHER("其他");

    private final String label;

    LeadSource(String label) {
        this.label = label;
    }

    /** The Chinese name, as the list shows it. */
    public String label() {
        return label;
    }
}
