package io.attract.lead;

/** Where a lead came from: 以商招商, 中介/基金, 展会, 网络, 上级推送, 二次招商, 走访发现, 其他. */
public enum LeadSource {
    REFERRAL,
    AGENCY,
    EXPO,
    ONLINE,
    SUPERIOR,
    REINVESTMENT,
    VISIT,
    OTHER
}
