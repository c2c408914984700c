package io.attract.common.excel;

import io.attract.common.error.ApiException;
import io.attract.common.excel.WorkbookReader.Grid;
import io.attract.common.excel.WorkbookReader.GridRow;
import io.attract.common.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the table in a workbook as people keep it: the sheet and the header row (the row whose cells name the most
 * known columns, among the first rows of each sheet), a second header row under a merged group (到位资金 over 当月 |
 * 1-9月累计 | 历年累计), the title rows above, and below the header the rows that are not records: a column-number
 * row, totals (合计, 总计, 小计), section headings (一、先进制造业) and the notes under the table (填报单位, 填报人,
 * 审核人, 联系电话, 注：…).
 */
public final class TableLayout {

    /** How many rows of a sheet are searched for its header. */
    private static final int HEADER_SEARCH = 30;

    private static final Pattern TOTALS = Pattern.compile("^(合计|总计|小计|总合计|累计|全区合计)(:.*)?$");
    private static final Pattern NOTE = Pattern.compile(
            "^(填报单位|填报人|填表人|制表人|制表|审核人|审核|审批人|负责人|单位负责人|统计负责人|分管领导|联系人|联系电话|电话|填报日期|填表日期|报送日期|日期|注|备注|说明|附注)\\d*[:：].*|^注\\d*[:：.、].*|^(说明|备注|注)$");
    private static final Pattern SECTION =
            Pattern.compile("^([一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[部分类]).*");
    private static final Pattern NUMBER = Pattern.compile("^[(（]?\\d{1,3}[)）]?$");

    /** What the caller knows of its columns. */
    public interface Vocabulary {
        /** Whether a header (a cell of one header row, or "group/sub" of two) names a column the import takes. */
        boolean knows(String header);

        /** Whether the text can stand under a group in a second header row (当月, 1-9月累计, 历年累计 …). */
        boolean subHeader(String text);
    }

    /** A row that is not a record, and why. */
    public record Skipped(int row, String reason) {}

    /**
     * The table found: the workbook's sheet names, the sheet used, its title (the first line above the header),
     * every text above the header, the header's row numbers, a header per column (unique), the record rows, the
     * totals rows and the rows skipped with their reasons.
     */
    public record Table(
            List<String> sheets,
            String sheet,
            String title,
            List<String> above,
            List<Integer> headerRows,
            List<String> headers,
            List<GridRow> rows,
            List<GridRow> totals,
            List<Skipped> skipped) {}

    private record Found(Grid grid, int index, int score) {}

    private TableLayout() {}

    /**
     * The table of {@code wantedSheet} (by name), else of the sheet whose header names the most known columns; when
     * no row names two, the first row is the header. 400 {@code import.empty} for a file without any text.
     */
    public static Table find(List<Grid> grids, String wantedSheet, Vocabulary vocabulary) {
        List<String> sheets = grids.stream().map(Grid::name).toList();
        Found best = null;
        for (Grid grid : grids) {
            if (wantedSheet != null && !wantedSheet.isBlank() && !grid.name().equals(wantedSheet)) {
                continue;
            }
            for (int i = 0; i < Math.min(HEADER_SEARCH, grid.rows().size()); i++) {
                int score = (int) grid.rows().get(i).cells().stream()
                        .filter(c -> !c.isBlank())
                        .filter(c -> vocabulary.knows(c))
                        .count();
                if ((score >= 2 || score == 1 && i == 0) && (best == null || score > best.score())) {
                    best = new Found(grid, i, score);
                }
            }
        }
        if (wantedSheet != null && !wantedSheet.isBlank() && !sheets.contains(wantedSheet)) {
            throw ApiException.invalid("sheet", "import.no_sheet", "文件中没有名为“" + wantedSheet + "”的工作表。");
        }
        if (best == null) {
            // No row names two known columns: the first row of the first sheet with any is the header, so that the
            // user is told which columns are missing and may map the ones that are there.
            Grid first = grids.stream()
                    .filter(g -> !g.rows().isEmpty())
                    .filter(g -> wantedSheet == null
                            || wantedSheet.isBlank()
                            || g.name().equals(wantedSheet))
                    .findFirst()
                    .orElseThrow(() -> new ApiException(400, "import.empty", "文件是空的：没有任何内容。"));
            best = new Found(first, 0, 0);
        }
        return layout(sheets, best.grid(), best.index(), vocabulary);
    }

    private static Table layout(List<String> sheets, Grid grid, int headerIndex, Vocabulary vocabulary) {
        List<GridRow> all = grid.rows();
        GridRow upper = all.get(headerIndex);
        GridRow lower = headerIndex + 1 < all.size() ? all.get(headerIndex + 1) : null;
        boolean twoRows =
                lower != null && lower.number() == upper.number() + 1 && subHeaderRow(upper, lower, vocabulary);
        List<String> headers = headers(upper, twoRows ? lower : null);
        List<String> above = new ArrayList<>();
        for (GridRow row : all.subList(0, headerIndex)) {
            row.cells().stream().filter(c -> !c.isBlank()).forEach(above::add);
        }
        List<GridRow> rows = new ArrayList<>();
        List<GridRow> totals = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int first = headerIndex + (twoRows ? 2 : 1);
        for (int i = first; i < all.size(); i++) {
            GridRow row = all.get(i);
            String reason = notARecord(row, i == first);
            if (reason == null) {
                rows.add(row);
            } else {
                skipped.add(new Skipped(row.number(), reason));
                if (reason.equals(TOTALS_ROW)) {
                    totals.add(row);
                }
            }
        }
        List<Integer> headerRows = twoRows ? List.of(upper.number(), lower.number()) : List.of(upper.number());
        return new Table(
                sheets,
                grid.name(),
                above.isEmpty() ? null : above.get(0),
                above,
                headerRows,
                headers,
                rows,
                totals,
                skipped);
    }

    public static final String TOTALS_ROW = "合计行";

    /** Why a row under the header is not a record; null when it is one. */
    private static String notARecord(GridRow row, boolean firstAfterHeader) {
        List<String> texts = row.cells().stream()
                .filter(c -> !c.isBlank())
                .map(Text::compact)
                .toList();
        if (texts.isEmpty()) {
            return "空行";
        }
        if (texts.stream().limit(3).anyMatch(t -> TOTALS.matcher(t).matches())
                || texts.get(0).startsWith("合计")
                || texts.get(0).startsWith("总计")) {
            return TOTALS_ROW;
        }
        String first = Text.halfWidth(row.cells().stream()
                        .filter(c -> !c.isBlank())
                        .findFirst()
                        .orElse(""))
                .replaceAll("\\s+", "");
        if (NOTE.matcher(first).matches()) {
            return "表尾说明（" + shorten(first) + "）";
        }
        if (firstAfterHeader
                && texts.size() >= 3
                && texts.stream().allMatch(t -> NUMBER.matcher(t).matches())) {
            return "列序号行";
        }
        if (texts.size() == 1 && SECTION.matcher(first).matches()) {
            return "分组标题行（" + shorten(first) + "）";
        }
        return null;
    }

    private static String shorten(String text) {
        return text.length() <= 12 ? text : text.substring(0, 12) + "…";
    }

    /**
     * Whether {@code lower} is the second row of the header: every text in it stands under a group (a blank cell of
     * the upper row, to the right of a group's first cell, or under the group's first cell), or is a sub-header the
     * vocabulary knows, and it has fewer texts than the upper row.
     */
    private static boolean subHeaderRow(GridRow upper, GridRow lower, Vocabulary vocabulary) {
        int width = Math.max(upper.cells().size(), lower.cells().size());
        int texts = 0;
        int upperTexts = (int) upper.cells().stream().filter(c -> !c.isBlank()).count();
        for (int c = 0; c < width; c++) {
            String text = lower.cell(c);
            if (text.isBlank()) {
                continue;
            }
            texts++;
            String group = group(upper, lower, c);
            boolean known = vocabulary.subHeader(text)
                    || vocabulary.knows(text)
                    || (!group.isBlank() && vocabulary.knows(group + "/" + text));
            if (!known && !upper.cell(c).isBlank() && lower.cell(c).equals(upper.cell(c))) {
                known = true; // a merged cell whose text both rows carry (some tools write it twice)
            }
            if (!known) {
                return false;
            }
        }
        return texts > 0 && texts <= upperTexts + 2;
    }

    /** The group above column {@code c}: its own upper cell, else the nearest one to the left that spans to it. */
    private static String group(GridRow upper, GridRow lower, int c) {
        for (int i = c; i >= 0; i--) {
            if (!upper.cell(i).isBlank()) {
                return upper.cell(i);
            }
            if (lower.cell(i).isBlank()) {
                return "";
            }
        }
        return "";
    }

    private static List<String> headers(GridRow upper, GridRow lower) {
        int width =
                Math.max(upper.cells().size(), lower == null ? 0 : lower.cells().size());
        List<String> headers = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < width; c++) {
            String header;
            if (lower == null || lower.cell(c).isBlank()) {
                header = upper.cell(c);
            } else {
                String group = group(upper, lower, c);
                header = group.isBlank() || group.equals(lower.cell(c)) ? lower.cell(c) : group + "/" + lower.cell(c);
            }
            header = header.replaceAll("[\\r\\n]+", "").strip();
            int count = seen.merge(header, 1, Integer::sum);
            headers.add(count == 1 || header.isEmpty() ? header : header + "#" + count);
        }
        return headers;
    }

    /** A vocabulary of exact headers (compared compact), for sheets with fixed column names. */
    public static Vocabulary exact(java.util.Collection<String> headers) {
        java.util.Set<String> known = new java.util.HashSet<>();
        headers.forEach(h -> known.add(Text.compact(h)));
        Predicate<String> knows = h -> known.contains(Text.compact(h));
        return new Vocabulary() {
            @Override
            public boolean knows(String header) {
                return knows.test(header);
            }

            @Override
            public boolean subHeader(String text) {
                return false;
            }
        };
    }
}
