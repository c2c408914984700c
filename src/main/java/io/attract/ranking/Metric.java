package io.attract.ranking;

/** What a unit is assessed on (考核指标); counts are projects, money is exact. */
public enum Metric {
    /** 新签约项目数: projects that first reached 签约 (or, skipping it, a later stage) in the period. */
    SIGNED("新签约项目数(个)", false),
    /** 新落地项目数: projects first registered in the period (开工/投产 without a known registration count). */
    LANDED("新落地项目数(个)", false),
    /** 到位资金 (万元) arrived in the period. */
    FUNDS("到位资金(万元)", true),
    /** 实际使用外资 (万美元) arrived in the period. */
    FOREIGN_USD("实际使用外资(万美元)", true);

    private final String label;
    private final boolean money;

    Metric(String label, boolean money) {
        this.label = label;
        this.money = money;
    }

    /** The metric's Chinese name with its unit, as the sheets print it. */
    public String label() {
        return label;
    }

    /** Money targets keep up to four decimals; project targets are whole numbers. */
    public boolean money() {
        return money;
    }
}
