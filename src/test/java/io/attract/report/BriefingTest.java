package io.attract.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.attract.figures.FigureCatalogue;
import io.attract.project.ProjectFixtures;
import io.attract.support.Api;
import io.attract.support.Fixtures;
import io.attract.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** 汇报材料: GET /api/reports/briefing.pdf, the cockpit as of a day on one A4 page, read as the cockpit is. */
@QuarkusTest
class BriefingTest {

    private record Unit(long id, String name) {}

    /** A unit with a name of its own, so the PDF shows whose figures it holds. */
    private static Unit unit(String prefix) {
        String name = prefix + System.nanoTime() % 100_000;
        return new Unit(Fixtures.unit(Fixtures.uniqueCode("brief"), name), name);
    }

    /** A project of the officer's unit with funds and an open coordination request. */
    private static void project(String name, String request) {
        int id = ProjectFixtures.createAs(Tokens.OFFICER, name, "NEGOTIATING", "2026-02-03", "52000");
        ProjectFixtures.fund(Tokens.OFFICER, id, "2026-03-10", "2500", null, "LOCAL");
        Api.post(
                        Tokens.OFFICER,
                        "/api/projects/" + id + "/worklog",
                        Map.of("loggedOn", "2026-03-12", "kind", "COORDINATION", "content", request))
                .statusCode(201);
    }

    private static byte[] briefing(String user, String asOf, Long unitId) {
        var request = Tokens.as(user).queryParam("asOf", asOf);
        if (unitId != null) {
            request.queryParam("unitId", unitId);
        }
        return request.get("/api/reports/briefing.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("briefing-" + asOf + ".pdf"))
                .extract()
                .asByteArray();
    }

    @Test
    void aLeaderGetsOneA4PageWithTheHeadlinesAndTheirDefinitions() throws IOException {
        Unit unit = unit("汇报街道");
        Fixtures.assign(Tokens.OFFICER, unit.id());
        project("汇报材料测试项目", "请协调汇报测试用地指标");

        try (PDDocument pdf = Loader.loadPDF(briefing(Tokens.LEADER, "2026-03-31", unit.id()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            var box = pdf.getPage(0).getMediaBox();
            assertThat(box.getHeight()).isGreaterThan(box.getWidth());
            String text = PdfText.of(pdf);
            assertThat(text)
                    .contains(
                            "天桥区招商引资工作汇报材料",
                            "截至 2026年3月31日",
                            "范围：" + unit.name(),
                            FigureCatalogue.get(FigureCatalogue.NEW_PROJECTS).name(),
                            FigureCatalogue.get(FigureCatalogue.NEW_LANDED).name(),
                            FigureCatalogue.get(FigureCatalogue.COUNTED_INVESTMENT)
                                    .name(),
                            FigureCatalogue.get(FigureCatalogue.FUNDS).name(),
                            FigureCatalogue.get(FigureCatalogue.FOREIGN_USD).name(),
                            "口径：" + FigureCatalogue.get(FigureCatalogue.FUNDS).definition(),
                            "二、项目推进漏斗",
                            "三、分责任单位",
                            "四、停滞项目",
                            "五、重点项目",
                            "六、待协调事项",
                            "请协调汇报测试用地指标",
                            "口径：仅计经审核的阶段变更和到位资金；生成时间");
        }
        // Requests raised after the as-of day are not the meeting's yet.
        try (PDDocument pdf = Loader.loadPDF(briefing(Tokens.STATS, "2026-03-11", unit.id()))) {
            assertThat(PdfText.of(pdf)).doesNotContain("请协调汇报测试用地指标");
        }
    }

    @Test
    void aUnitHeadGetsTheirOwnUnitsBriefingWhicheverUnitTheyAskFor() throws IOException {
        Unit own = unit("汇报本单位");
        Unit other = unit("汇报他单位");
        Fixtures.assign(Tokens.OFFICER, other.id());
        project("他单位汇报项目", "他单位的协调事项");
        Fixtures.assign(Tokens.OFFICER, own.id());
        project("本单位汇报项目", "本单位的协调事项");
        Fixtures.assign(Tokens.UNIT_HEAD, own.id());

        for (Long asked : new Long[] {other.id(), null}) {
            try (PDDocument pdf = Loader.loadPDF(briefing(Tokens.UNIT_HEAD, "2026-03-31", asked))) {
                String text = PdfText.of(pdf);
                assertThat(text).contains("范围：" + own.name(), "本单位的协调事项").doesNotContain(other.name(), "他单位的协调事项");
            }
        }
        // As the cockpit answers the same question.
        Api.get(Tokens.UNIT_HEAD, "/api/cockpit", "asOf", "2026-03-31", "unitId", other.id())
                .statusCode(200)
                .body("unitId", equalTo((int) own.id()));
    }

    @Test
    void officersAreRefusedAndABadDateIsA400() {
        Api.get(Tokens.OFFICER, "/api/reports/briefing.pdf").statusCode(403);
        Api.get(Tokens.LEADER, "/api/reports/briefing.pdf", "asOf", "2026-02-30")
                .statusCode(400)
                .body("code", equalTo("cockpit.bad_date"));
        Api.get(Tokens.LEADER, "/api/reports/briefing.pdf").statusCode(200).contentType("application/pdf");
    }
}
