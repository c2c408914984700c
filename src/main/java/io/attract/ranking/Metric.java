package io.attract.ranking;

import io.attract.figures.FigureCatalogue;

/** What a unit is assessed on (考核指标); counts are projects, money is exact. */
public enum Metric {
    /** 新签约项目（含已落地）: projects that first reached 签约 (or, skipping it, a later stage) in the period. */
    SIGNED("新签约项目（含已落地）(个)", false, FigureCatalogue.SIGNED_PROJECTS),
    /** 新落地项目: projects first registered in the period (开工/投产 without a known registration count). */
    LANDED("新落地项目(个)", false, FigureCatalogue.NEW_LANDED),
    /** 到位资金 (万元) arrived in the period. */
    FUNDS("到位资金(万元)", true, FigureCatalogue.FUNDS),
    /** 实际使用外资 (万美元) arrived in the period. */
    FOREIGN_USD("实际使用外资(万美元)", true, FigureCatalogue.FOREIGN_USD);

    private final String label;
    private final boolean money;
    private final String figure;

    Metric(String label, boolean money, String figure) {
        this.label = label;
        this.money = money;
        this.figure = figure;
    }

    /** The metric's Chinese name (its figure's, docs/figures.md) with its unit, as the sheets print it. */
    public String label() {
        return label;
    }

    /** Money targets keep up to four decimals; project targets are whole numbers. */
    public boolean money() {
        return money;
    }

    /** The metric's id in the catalogue of figures. */
    public String figure() {
        return figure;
    }
}
