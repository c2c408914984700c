package io.attract.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.attract.cockpit.CockpitView;
import io.attract.cockpit.CockpitView.NewProjects;
import io.attract.common.excel.CopyMark;
import io.attract.figures.FigureCatalogue;
import io.attract.project.ProjectListItem;
import io.attract.project.ProjectPool;
import io.attract.project.ProjectStage;
import io.attract.project.ProjectWorklog;
import io.attract.project.StallRuleKind;
import io.attract.project.Stalled;
import io.attract.project.WorklogKind;
import io.attract.project.WorklogView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The briefing's layout without a database: full lists and long names still make one A4 portrait page. Needs
 * fonts-wqy-zenhei, as the application does. Set {@code -Dbriefing.out=/tmp/x.pdf} to keep the page for a look.
 */
class BriefingPdfLayoutTest {

    private static final String LONG = "济南市天桥区人民政府无影山街道办事处（含新徐庄片区）智能制造与高端装备产业园二期扩建项目";

    static CockpitView fullCockpit(LocalDate asOf) {
        Map<ProjectStage, Long> byStage = new EnumMap<>(ProjectStage.class);
        for (ProjectStage s : ProjectStage.values()) {
            byStage.put(s, (long) s.ordinal() * 7);
        }
        CockpitView.Projects projects = new CockpitView.Projects(
                new NewProjects(41, 23, 12, 76), new NewProjects(35, 20, 9, 64), new NewProjects(5, 3, 1, 9), byStage);
        List<CockpitView.FunnelStage> funnel = List.of(
                new CockpitView.FunnelStage(ProjectStage.NEGOTIATING, 76, null, null),
                new CockpitView.FunnelStage(ProjectStage.SIGNED, 35, new BigDecimal("46.1"), new BigDecimal("38.5")),
                new CockpitView.FunnelStage(
                        ProjectStage.REGISTERED, 12, new BigDecimal("34.3"), new BigDecimal("61.0")),
                new CockpitView.FunnelStage(ProjectStage.CONSTRUCTION, 6, new BigDecimal("50.0"), null),
                new CockpitView.FunnelStage(ProjectStage.OPERATING, 0, BigDecimal.ZERO, null));
        List<CockpitView.Breakdown> units = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            units.add(new CockpitView.Breakdown(
                    (long) i,
                    i == 2 ? LONG : "第" + i + "街道办事处",
                    20 - i,
                    10 - i / 2,
                    new BigDecimal("1234567.891"),
                    new BigDecimal("98765.4321")));
        }
        units.add(new CockpitView.Breakdown(null, null, 1, 0, BigDecimal.ZERO, BigDecimal.ZERO));
        List<ProjectListItem> stalled = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            stalled.add(new ProjectListItem(
                    i,
                    "XM-" + i,
                    i == 1 ? LONG : "停滞项目" + i,
                    ProjectStage.NEGOTIATING,
                    ProjectPool.PROMOTION,
                    false,
                    1L,
                    i == 1 ? LONG : "第一街道",
                    "officer",
                    "张区长",
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    new BigDecimal("5000"),
                    asOf.minusDays(100 + i),
                    false,
                    new Stalled(1, StallRuleKind.values()[0], 100 + i, "超过 90 天未推进"),
                    0));
        }
        List<CockpitView.KeyProject> keys = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            keys.add(new CockpitView.KeyProject(
                    i,
                    "ZD-" + i,
                    i == 1 ? LONG : "重点项目" + i,
                    ProjectStage.CONSTRUCTION,
                    "第一街道",
                    "李区长",
                    new BigDecimal("1500000.5"),
                    new BigDecimal("12345.678")));
        }
        return new CockpitView(
                asOf,
                asOf.getYear(),
                null,
                projects,
                new CockpitView.Counts(3, 95, 80),
                new BigDecimal("2345678.9"),
                new CockpitView.Money(
                        new BigDecimal("12345.67"), new BigDecimal("456789.01"), new BigDecimal("400000")),
                new CockpitView.Money(new BigDecimal("123.4"), new BigDecimal("4567.89"), BigDecimal.ZERO),
                3,
                9,
                4,
                7,
                new CockpitView.Funnel(funnel),
                List.of(),
                List.of(),
                units,
                List.of(),
                stalled,
                keys,
                new CockpitView.Pending(2, 1),
                null);
    }

    static List<ProjectWorklog.OpenRequest> requests(LocalDate asOf, int n) {
        List<ProjectWorklog.OpenRequest> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            WorklogView entry = new WorklogView(
                    i,
                    asOf.minusDays(30 - i),
                    WorklogKind.COORDINATION,
                    i == 1 ? LONG + "需协调土地指标、能耗指标及配套道路建设等事项\n请区领导协调" : "需协调用地指标" + i,
                    "officer",
                    Instant.now(),
                    null,
                    null,
                    null,
                    0);
            list.add(new ProjectWorklog.OpenRequest(
                    entry,
                    i,
                    "XM-" + i,
                    i == 1 ? LONG : "协调项目" + i,
                    i == 1 ? "欧阳区长兼常务副区长" : "王区长",
                    i == 1 ? LONG : "第二街道"));
        }
        return list;
    }

    private static PDDocument render(BriefingPdf.Briefing b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfFont.Opened opened = PdfFont.open(List.of(Path.of(PdfFont.WQY_ZENHEI)))) {
            BriefingPdf.write(b, opened, CopyMark.of("张强（leader）"), out);
        }
        String keep = System.getProperty("briefing.out");
        if (keep != null) {
            Files.write(Path.of(keep), out.toByteArray());
        }
        return Loader.loadPDF(out.toByteArray());
    }

    /** Read from the read replica: the footer says when its data was current, and it still fits. */
    @Test
    void figuresReadFromTheReplicaSayWhenTheyWereCurrent() throws IOException {
        LocalDate asOf = LocalDate.of(2026, 3, 15);
        BriefingPdf.Briefing b = new BriefingPdf.Briefing(
                "天桥区",
                asOf,
                null,
                fullCockpit(asOf),
                requests(asOf, 15),
                Instant.parse("2026-03-15T02:20:00Z"),
                Instant.parse("2026-03-15T02:19:58Z"));
        try (PDDocument pdf = render(b)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(PdfText.of(pdf)).contains("口径：仅计经审核的阶段变更和到位资金；数据截至 2026-03-15 10:19；生成时间 2026-03-15 10:20");
        }
    }

    @Test
    void fullListsAndLongNamesStillMakeOnePortraitPage() throws IOException {
        LocalDate asOf = LocalDate.of(2026, 3, 15);
        BriefingPdf.Briefing b = new BriefingPdf.Briefing(
                "天桥区", asOf, null, fullCockpit(asOf), requests(asOf, 15), Instant.parse("2026-03-15T02:20:00Z"));
        try (PDDocument pdf = render(b)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getHeight())
                    .isGreaterThan(pdf.getPage(0).getMediaBox().getWidth());
            String text = PdfText.of(pdf);
            assertThat(text)
                    .contains(
                            "天桥区招商引资工作汇报材料",
                            "截至 2026年3月15日",
                            "范围：全区",
                            "口径：仅计经审核的阶段变更和到位资金；生成时间 2026-03-15 10:20",
                            FigureCatalogue.get(FigureCatalogue.FUNDS).definition(),
                            "45.68",
                            "+14.2%",
                            "1,234,567.89",
                            "另有 8 个单位未列出",
                            "另有 13 个以上项目未列出",
                            "另有 13 个项目未列出",
                            "停滞项目7",
                            "重点项目7",
                            FigureCatalogue.get(FigureCatalogue.SIGNED_PROJECTS).name());
            assertThat(text).doesNotContain("停滞项目8", "重点项目8");
            // The requests take the room left: the ones shown and the ones said to be left out are all 15.
            java.util.regex.Matcher left =
                    java.util.regex.Pattern.compile("另有 (\\d+) 项未列出").matcher(text);
            assertThat(left.find()).as("the left-out requests are counted").isTrue();
            int shown = 15 - Integer.parseInt(left.group(1));
            assertThat(shown).isGreaterThanOrEqualTo(4);
            assertThat(text).contains("协调项目" + shown).doesNotContain("协调项目" + (shown + 1));
        }
    }

    @Test
    void emptyListsSayNone() throws IOException {
        LocalDate asOf = LocalDate.of(2026, 1, 5);
        CockpitView full = fullCockpit(asOf);
        CockpitView empty = new CockpitView(
                asOf,
                2026,
                7L,
                full.projects(),
                full.signedProjects(),
                BigDecimal.ZERO,
                full.fundsArrived(),
                full.foreignUsedUsd(),
                0,
                0,
                0,
                0,
                full.funnel(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                new CockpitView.Pending(0, 0),
                null);
        try (PDDocument pdf = render(new BriefingPdf.Briefing("天桥区", asOf, "第一街道", empty, List.of(), Instant.now()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("范围：第一街道", "1月累计", "无。");
        }
    }

    @Test
    void clipShortensToOneLine() {
        assertThat(BriefingPdf.clip("一二三四五", 5)).isEqualTo("一二三四五");
        assertThat(BriefingPdf.clip("一二三四五六", 5)).isEqualTo("一二三四…");
        assertThat(BriefingPdf.clip("  a\n b ", 5)).isEqualTo("a b");
        assertThat(BriefingPdf.clip(null, 5)).isEqualTo("—");
        assertThat(BriefingPdf.hundredMillion(new BigDecimal("456789.01"))).isEqualTo("45.68");
        assertThat(BriefingPdf.tenThousand(new BigDecimal("1234567.891"))).isEqualTo("1,234,567.89");
    }
}
