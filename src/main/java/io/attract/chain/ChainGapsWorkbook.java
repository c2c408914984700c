package io.attract.chain;

import io.attract.common.excel.CellText;
import io.attract.common.excel.CopyMark;
import io.attract.common.excel.HeaderRow;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** 缺口清单: one row per node of a chain in chain order, with its counts, its coverage and its best three targets. */
final class ChainGapsWorkbook {

    static final List<String> HEADERS = List.of("环节", "位置", "本地企业数", "链主/骨干数", "目标企业数", "在谈项目数", "判定", "推荐目标");
    static final int TOP = 3;

    private ChainGapsWorkbook() {}

    static void write(
            ChainViews.Detail chain, Map<Long, List<ChainViews.Target>> targets, CopyMark mark, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "Attract", "1.0");
        Worksheet sheet = mark.sheet(workbook, sheetName(chain.name()));
        HeaderRow.write(sheet, HEADERS);
        sheet.width(0, 24);
        sheet.width(7, 60);
        int row = 1;
        for (ChainViews.Node node : chain.nodes()) {
            sheet.value(row, 0, CellText.safe(node.name()));
            sheet.value(row, 1, node.segment().label());
            sheet.value(row, 2, node.localCount());
            sheet.value(row, 3, node.leaderCount());
            sheet.value(row, 4, node.targetCount());
            sheet.value(row, 5, node.projectCount());
            sheet.value(row, 6, node.coverage().label());
            String top = recommended(targets.getOrDefault(node.id(), List.of()));
            if (!top.isEmpty()) {
                sheet.value(row, 7, CellText.safe(top));
            }
            row++;
        }
        workbook.finish();
    }

    /** "甲公司（72分）；乙公司（60分）" */
    static String recommended(List<ChainViews.Target> ranked) {
        return ranked.stream()
                .limit(TOP)
                .map(t -> t.firm().name() + "（" + t.score() + "分）")
                .collect(Collectors.joining("；"));
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
    private static String sheetName(String chain) {
        String name = chain.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
