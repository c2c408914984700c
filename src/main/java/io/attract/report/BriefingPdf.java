package io.attract.report;

import io.attract.cockpit.CockpitView;
import io.attract.cockpit.CockpitView.NewProjects;
import io.attract.common.excel.CopyMark;
import io.attract.common.time.BusinessDates;
import io.attract.figures.FigureCatalogue;
import io.attract.project.ProjectLabels;
import io.attract.project.ProjectListItem;
import io.attract.project.ProjectStage;
import io.attract.project.ProjectWorklog;
import io.attract.report.PdfPages.Align;
import io.attract.report.PdfTable.Column;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * 汇报材料: the cockpit as of a day on one A4 portrait page for a leaders' meeting — the headline figures, each
 * with its 口径 from the catalogue, the funnel, the units, stalled and key projects and the open coordination
 * requests. Every figure is the cockpit's; lists are cut to their first rows and long names shortened so that the
 * page never runs onto a second one.
 */
final class BriefingPdf {

    /**
     * What the briefing is made of: the cockpit's figures and the open requests, for the district or one unit.
     * {@code dataAsOf}: when the figures were current if they were read from the read replica (ADR 0019), else null
     * (read from the primary: current when generated).
     */
    record Briefing(
            String district,
            LocalDate asOf,
            String unitName,
            CockpitView cockpit,
            List<ProjectWorklog.OpenRequest> openRequests,
            Instant generatedAt,
            Instant dataAsOf) {

        Briefing(
                String district,
                LocalDate asOf,
                String unitName,
                CockpitView cockpit,
                List<ProjectWorklog.OpenRequest> openRequests,
                Instant generatedAt) {
            this(district, asOf, unitName, cockpit, openRequests, generatedAt, null);
        }
    }

    static final int UNIT_ROWS = 7;
    static final int PROJECT_ROWS = 7;
    static final int REQUEST_ROWS = 6;
    /** How many stalled projects the cockpit lists. */
    private static final int STALLED_LISTED = 20;

    static final String BASIS = "口径：仅计经审核的阶段变更和到位资金";

    private static final String NONE = "—";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final float TABLE = 7.5f;
    private static final float BASIS_SIZE = 6.5f;
    private static final float GAP = 14;
    private static final float SPACE = 6;

    private BriefingPdf() {}

    static String title(String district) {
        return district + "招商引资工作汇报材料";
    }

    static void write(Briefing b, PdfFont.Opened font, CopyMark mark, OutputStream out) throws IOException {
        String title = title(b.district());
        try (PDDocument document = new PDDocument()) {
            info(document, title);
            PdfPages pages = new PdfPages(document, font.embedIn(document), PDRectangle.A4);
            pages.room(0);
            pages.paragraph(title, 15, Align.CENTER, true);
            pages.down(2);
            pages.paragraph(subtitle(b), 8.5f, Align.CENTER, false);
            pages.down(SPACE);

            CockpitView c = b.cockpit();
            section(pages, "一、主要指标");
            headlines(pages, c);
            pages.down(SPACE);

            section(pages, "二、项目推进漏斗（本年进入漏斗的项目）");
            funnel(c).draw(pages);
            basis(pages, FigureCatalogue.FUNNEL_REACHED, FigureCatalogue.STAGE_COUNT);
            pages.down(SPACE);

            section(pages, "三、分责任单位（本年累计）");
            list(pages, units(c.byUnit()), c.byUnit().size(), UNIT_ROWS, "个单位");
            pages.down(SPACE);

            float top = pages.y();
            float half = (pages.width() - GAP) / 2;
            pages.column(0, half);
            section(pages, "四、停滞项目（停滞最久的在前）");
            // The cockpit lists the 20 longest stalled; at 20 there may be more.
            list(
                    pages,
                    stalled(c.stalled()),
                    c.stalled().size(),
                    PROJECT_ROWS,
                    c.stalled().size() >= STALLED_LISTED ? "个以上项目" : "个项目");
            float leftBottom = pages.y();
            pages.moveTo(top);
            pages.column(half + GAP, half);
            section(pages, "五、重点项目（按计划总投资）");
            list(pages, keyProjects(c.keyProjects()), c.keyProjects().size(), PROJECT_ROWS, "个项目");
            float rightBottom = pages.y();
            pages.fullWidth();
            pages.moveTo(Math.min(leftBottom, rightBottom));
            pages.down(SPACE);

            section(pages, "六、待协调事项（未办结，共 " + b.openRequests().size() + " 项，按提出时间）");
            list(pages, requests(b.openRequests()), b.openRequests().size(), requestRows(pages), "项");

            String generated = (b.dataAsOf() == null ? "" : "；数据截至 " + BusinessDates.minute(b.dataAsOf())) + "；生成时间 "
                    + BusinessDates.minute(b.generatedAt());
            pages.finish((page, count) -> BASIS + generated + "；" + mark.text());
            document.save(out);
        }
    }

    private static void info(PDDocument document, String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Attract 招商引资管理平台");
        info.setCreationDate(new GregorianCalendar(TimeZone.getTimeZone(BusinessDates.ZONE)));
    }

    static String subtitle(Briefing b) {
        LocalDate asOf = b.asOf();
        return "截至 " + day(asOf) + "　　范围：" + (b.unitName() == null ? "全区" : b.unitName()) + "　　统计期间："
                + day(asOf.withDayOfYear(1)) + "至" + day(asOf);
    }

    private static String day(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static void section(PdfPages pages, String heading) throws IOException {
        pages.paragraph(heading, 10, Align.LEFT, true);
        pages.down(3);
    }

    /** The definitions of these figures, in small type under what shows them. */
    private static void basis(PdfPages pages, String... ids) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String id : ids) {
            text.append(text.length() == 0 ? "口径：" : "　")
                    .append(FigureCatalogue.get(id).name())
                    .append("——")
                    .append(FigureCatalogue.get(id).definition());
        }
        pages.down(2);
        pages.paragraph(text.toString(), BASIS_SIZE, Align.LEFT, false);
    }

    // 一、主要指标 -------------------------------------------------------------------------------------------------

    /** A headline: the figure of the catalogue it shows, its label and its values as printed. */
    private record Headline(
            String id, String unit, boolean part, String month, String yearToDate, String lastYear, String yoy) {}

    static final float[] HEADLINE_WEIGHTS = {3.4f, 1.3f, 1.3f, 1.3f, 1.1f};

    private static List<Headline> headlineRows(CockpitView c) {
        CockpitView.Projects p = c.projects();
        List<Headline> rows = new ArrayList<>();
        rows.add(count(FigureCatalogue.NEW_PROJECTS, false, p, NewProjects::total));
        rows.add(count(FigureCatalogue.NEW_NEGOTIATING, true, p, NewProjects::negotiating));
        rows.add(count(FigureCatalogue.NEW_SIGNED, true, p, NewProjects::signed));
        rows.add(count(FigureCatalogue.NEW_LANDED, true, p, NewProjects::landed));
        CockpitView.Counts signed = c.signedProjects();
        rows.add(new Headline(
                FigureCatalogue.SIGNED_PROJECTS,
                "个",
                false,
                String.valueOf(signed.month()),
                String.valueOf(signed.yearToDate()),
                String.valueOf(signed.yearToDateLastYear()),
                yoy(BigDecimal.valueOf(signed.yearToDate()), BigDecimal.valueOf(signed.yearToDateLastYear()))));
        rows.add(new Headline(
                FigureCatalogue.COUNTED_INVESTMENT,
                "亿元",
                false,
                NONE,
                hundredMillion(c.totalInvestment()),
                NONE,
                NONE));
        rows.add(money(FigureCatalogue.FUNDS, "亿元", c.fundsArrived(), BriefingPdf::hundredMillion));
        rows.add(money(FigureCatalogue.FOREIGN_USD, "万美元", c.foreignUsedUsd(), BriefingPdf::tenThousand));
        return rows;
    }

    private static Headline count(String id, boolean part, CockpitView.Projects p, Function<NewProjects, Long> of) {
        long year = of.apply(p.newThisYear());
        long last = of.apply(p.newSamePeriodLastYear());
        return new Headline(
                id,
                "个",
                part,
                String.valueOf(of.apply(p.newThisMonth())),
                String.valueOf(year),
                String.valueOf(last),
                yoy(BigDecimal.valueOf(year), BigDecimal.valueOf(last)));
    }

    private static Headline money(String id, String unit, CockpitView.Money m, Function<BigDecimal, String> format) {
        return new Headline(
                id,
                unit,
                false,
                format.apply(m.month()),
                format.apply(m.yearToDate()),
                format.apply(m.yearToDateLastYear()),
                yoy(m.yearToDate(), m.yearToDateLastYear()));
    }

    private static String yoy(BigDecimal now, BigDecimal before) {
        if (now == null || before == null) {
            return NONE;
        }
        BigDecimal percent = MonthlyReport.yoy(now, before);
        return percent == null ? NONE : (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
    }

    /** One row per headline: the name and its figures, and under them its 口径 across the row in small type. */
    private static void headlines(PdfPages pages, CockpitView c) throws IOException {
        float[] widths = widths(pages.width(), HEADLINE_WEIGHTS);
        int n = c.asOf().getMonthValue();
        List<String> titles = List.of("指标", "当月", n == 1 ? "1月累计" : "1–" + n + "月累计", "去年同期", "同比");
        float rowHeight = 5 + 8.5f;
        float x = pages.left();
        for (int i = 0; i < titles.size(); i++) {
            pages.box(x, pages.y(), widths[i], rowHeight, 0.88f);
            pages.text(
                    titles.get(i), x, x + widths[i], pages.y() - 2.5f - 8.5f * 0.86f - 0.5f, 8.5f, Align.CENTER, true);
            x += widths[i];
        }
        pages.down(rowHeight);
        for (Headline h : headlineRows(c)) {
            String name = FigureCatalogue.get(h.id()).name();
            String label = (h.part() ? "　　" : "") + name + "（" + h.unit() + "）";
            List<String> values = List.of(label, h.month(), h.yearToDate(), h.lastYear(), h.yoy());
            x = pages.left();
            float baseline = pages.y() - 2.5f - 8.5f * 0.86f - 0.5f;
            for (int i = 0; i < values.size(); i++) {
                pages.box(x, pages.y(), widths[i], rowHeight, 1);
                pages.text(
                        values.get(i),
                        x + 3,
                        x + widths[i] - 4,
                        baseline,
                        8.5f,
                        i == 0 ? Align.LEFT : Align.RIGHT,
                        i == 0 && !h.part());
                x += widths[i];
            }
            pages.down(rowHeight);
            List<String> lines =
                    pages.wrap("口径：" + FigureCatalogue.get(h.id()).definition(), BASIS_SIZE, pages.width() - 8);
            float basisHeight = 2 + lines.size() * (BASIS_SIZE + 2);
            pages.box(pages.left(), pages.y(), pages.width(), basisHeight, 0.965f);
            float line = pages.y() - 1.2f - BASIS_SIZE;
            for (String text : lines) {
                pages.text(
                        text, pages.left() + 4, pages.left() + pages.width() - 4, line, BASIS_SIZE, Align.LEFT, false);
                line -= BASIS_SIZE + 2;
            }
            pages.down(basisHeight);
        }
    }

    private static float[] widths(float total, float[] weights) {
        float sum = 0;
        for (float w : weights) {
            sum += w;
        }
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = total * weights[i] / sum;
        }
        return widths;
    }

    // 二 至 六 ---------------------------------------------------------------------------------------------------

    private static PdfTable funnel(CockpitView c) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("阶段", 2.6f, false));
        for (ProjectStage s : ProjectStage.STEPS) {
            columns.add(new Column(ProjectLabels.stage(s), 1, true));
        }
        List<String> reached = new ArrayList<>(List.of("已到达（个）"));
        List<String> conversion = new ArrayList<>(List.of("较上一阶段转化率"));
        List<String> days = new ArrayList<>(List.of("较上一阶段平均用时（天）"));
        List<String> now = new ArrayList<>(List.of("统计日处于该阶段（个）"));
        Map<ProjectStage, Long> byStage = c.projects().byStage();
        for (ProjectStage s : ProjectStage.STEPS) {
            CockpitView.FunnelStage f = c.funnel().stages().stream()
                    .filter(x -> x.stage() == s)
                    .findFirst()
                    .orElse(null);
            reached.add(f == null ? NONE : String.valueOf(f.reached()));
            conversion.add(
                    f == null || f.conversionFromPrevious() == null
                            ? NONE
                            : f.conversionFromPrevious().toPlainString() + "%");
            days.add(
                    f == null || f.averageDaysFromPrevious() == null
                            ? NONE
                            : f.averageDaysFromPrevious().toPlainString());
            now.add(byStage == null ? NONE : String.valueOf(byStage.getOrDefault(s, 0L)));
        }
        return new PdfTable(columns, TABLE)
                .row(reached)
                .row(conversion)
                .row(days)
                .row(now);
    }

    /** A table of its first {@code limit} rows and, when it has more, how many are left out; or "无". */
    private static void list(PdfPages pages, Table table, int total, int limit, String what) throws IOException {
        if (total == 0) {
            pages.paragraph("无。", 8, Align.LEFT, false);
            return;
        }
        PdfTable drawn = new PdfTable(table.columns(), TABLE);
        table.rows().stream().limit(limit).forEach(drawn::row);
        drawn.draw(pages);
        if (total > limit) {
            pages.down(1);
            pages.paragraph("另有 " + (total - limit) + " " + what + "未列出，详见驾驶舱。", BASIS_SIZE, Align.RIGHT, false);
        }
    }

    private record Table(List<Column> columns, List<List<String>> rows) {}

    private static <T> Table table(List<Column> columns, List<T> items, Function<T, List<String>> row) {
        return new Table(columns, items.stream().map(row).toList());
    }

    private static Table units(List<CockpitView.Breakdown> units) {
        return table(
                List.of(
                        new Column("责任单位", 3, false),
                        new Column("新在谈、签约、落地(个)", 1.7f, true),
                        new Column("其中签约、落地(个)", 1.6f, true),
                        new Column("计划总投资(万元)", 1.8f, true),
                        new Column("到位资金(万元)", 1.8f, true)),
                units,
                u -> List.of(
                        clip(u.name() == null ? "（未填）" : u.name(), 17),
                        String.valueOf(u.newProjects()),
                        String.valueOf(u.signedOrLanded()),
                        tenThousand(u.totalInvestment()),
                        tenThousand(u.fundsYearToDate())));
    }

    private static Table stalled(List<ProjectListItem> stalled) {
        return table(
                List.of(
                        new Column("项目名称", 3.2f, false),
                        new Column("责任单位", 2.2f, false),
                        new Column("阶段", 0.9f, false),
                        new Column("停滞(天)", 1.1f, true)),
                stalled,
                p -> List.of(
                        clip(p.name(), 11),
                        clip(p.unitName(), 7),
                        ProjectLabels.stage(p.stage()),
                        p.stalled() == null ? NONE : String.valueOf(p.stalled().days())));
    }

    private static Table keyProjects(List<CockpitView.KeyProject> keys) {
        return table(
                List.of(
                        new Column("项目名称", 3.2f, false),
                        new Column("阶段", 0.9f, false),
                        new Column("总投资(万元)", 1.7f, true),
                        new Column("本年到位(万元)", 1.7f, true)),
                keys,
                k -> List.of(
                        clip(k.name(), 11),
                        ProjectLabels.stage(k.stage()),
                        tenThousand(k.totalInvestment()),
                        tenThousand(k.fundsYearToDate())));
    }

    private static Table requests(List<ProjectWorklog.OpenRequest> requests) {
        return table(
                List.of(
                        new Column("提出日期", 1.3f, false),
                        new Column("项目名称", 2.6f, false),
                        new Column("需协调事项", 5, false),
                        new Column("责任单位", 1.8f, false),
                        new Column("包挂领导", 1.1f, false)),
                requests,
                r -> List.of(
                        String.valueOf(r.entry().loggedOn()),
                        clip(r.projectName(), 11),
                        clip(r.entry().content(), 24),
                        clip(r.unitName(), 8),
                        clip(r.sponsorLeader(), 4)));
    }

    /** As many request rows as the page still holds (at most {@link #REQUEST_ROWS}), so the page stays one. */
    private static int requestRows(PdfPages pages) {
        float row = 6 + TABLE;
        float room = pages.remaining() - row - 1 - PdfPages.lineHeight(BASIS_SIZE);
        return Math.max(1, Math.min(REQUEST_ROWS, (int) (room / row)));
    }

    /** The text cut to {@code max} characters with "…", on one line. */
    static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String one = text.strip().replaceAll("\\s+", " ");
        if (one.codePointCount(0, one.length()) <= max) {
            return one;
        }
        return one.substring(0, one.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** 万元 → 亿元, two decimals. */
    static String hundredMillion(BigDecimal tenThousands) {
        return tenThousands == null ? NONE : grouped(tenThousands.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP));
    }

    /** 万元 (or 万美元), two decimals. */
    static String tenThousand(BigDecimal amount) {
        return amount == null ? NONE : grouped(amount.setScale(2, RoundingMode.HALF_UP));
    }

    private static String grouped(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}
