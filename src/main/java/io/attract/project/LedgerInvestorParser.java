package io.attract.project;

import static io.attract.project.LedgerColumns.CREDIT_CODE;
import static io.attract.project.LedgerColumns.INVESTORS;
import static io.attract.project.LedgerColumns.NATURE;
import static io.attract.project.LedgerColumns.ORIGIN;
import static io.attract.project.LedgerColumns.TAGS;

import io.attract.enterprise.CreditCode;
import io.attract.enterprise.EnterpriseLabels;
import io.attract.enterprise.EnterpriseNature;
import io.attract.enterprise.EnterpriseTag;
import io.attract.enterprise.EnterpriseTagCode;
import io.attract.region.PlaceNames;
import io.attract.region.Regions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The investor columns of a ledger row: 投资方 (several separated by 、 or ;) with their 统一社会信用代码 in the
 * same order, and what the row says about the firm (性质, 标签, 来源地). The firm's attributes only matter when the
 * import adds the firm to the library, so a label it cannot read is a warning, not an error.
 */
final class LedgerInvestorParser {

    private static final String SEPARATORS = "[、;；]";
    private static final Pattern TAG_YEAR = Pattern.compile("^(.+?)\\((\\d{4})\\)$");
    /** Longer names districts write for the library's tags. */
    private static final Map<String, String> TAG_SYNONYMS = Map.of(
            "产业链龙头",
            "链主",
            "龙头",
            "链主",
            "骨干企业",
            "骨干",
            "专精特新小巨人",
            "小巨人",
            "专精特新\"小巨人\"",
            "小巨人",
            "高新技术企业",
            "高新技术",
            "高新",
            "高新技术",
            "上市公司",
            "上市");

    /** The region list the application ships, read once, with the countries ledgers name. */
    private static final PlaceNames PLACES = new PlaceNames(new Regions().tree());

    private LedgerInvestorParser() {}

    static List<LedgerRow.Investor> investors(LedgerCells cells) {
        String names = cells.text(INVESTORS);
        String codes = cells.text(CREDIT_CODE);
        if (names == null) {
            if (codes != null) {
                cells.error(CREDIT_CODE, "填写了统一社会信用代码，但没有填写投资方");
            }
            return List.of();
        }
        List<String> nameList = Arrays.stream(names.split(SEPARATORS))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        List<String> codeList = codes == null
                ? List.of()
                : nameList.size() == 1
                        ? List.of(codes)
                        : Arrays.stream(codes.split(SEPARATORS, -1)).toList();
        if (codes != null && codeList.size() != nameList.size()) {
            cells.error(
                    CREDIT_CODE,
                    "有 " + nameList.size() + " 个投资方，但统一社会信用代码有 " + codeList.size() + " 个：请按投资方的顺序填写，用“、”分隔，没有代码的留空");
            return List.of();
        }
        if (nameList.size() > 20) {
            cells.error(INVESTORS, "投资方最多 20 个");
        }
        List<LedgerRow.Investor> investors = new ArrayList<>();
        for (int i = 0; i < nameList.size(); i++) {
            String name = nameList.get(i);
            if (name.length() > 200) {
                cells.error(INVESTORS, "投资方名称不能超过 200 个字（“" + name.substring(0, 20) + "…”）");
            }
            String code =
                    codeList.isEmpty() || codeList.get(i).isBlank() ? null : CreditCode.normalize(codeList.get(i));
            if (code != null) {
                Optional<String> problem = CreditCode.problem(code);
                if (problem.isPresent()) {
                    cells.error(CREDIT_CODE, (nameList.size() > 1 ? name + "：" : "") + problem.get());
                    continue;
                }
            }
            investors.add(new LedgerRow.Investor(name, code));
        }
        return investors;
    }

    static LedgerRow.InvestorDetails details(LedgerCells cells) {
        EnterpriseNature nature = null;
        String natureText = cells.text(NATURE);
        if (natureText != null) {
            nature = EnterpriseLabels.natureOf(LedgerColumns.halfWidth(natureText))
                    .orElse(null);
            if (nature == null) {
                cells.warning(NATURE, "企业性质“" + natureText + "”无法识别（应为 央企、国企、民企、外资 或 港澳台），新增企业时未填写");
            }
        }
        String regionCode = null;
        String countryCode = null;
        String origin = cells.text(ORIGIN);
        if (origin != null) {
            PlaceNames.Resolution place = PLACES.resolve(origin);
            if (place instanceof PlaceNames.Found found) {
                regionCode = found.place().regionCode();
                countryCode = found.place().countryCode();
            } else if (place instanceof PlaceNames.Ambiguous ambiguous) {
                cells.warning(
                        ORIGIN,
                        "来源地“" + origin + "”有多处同名（"
                                + ambiguous.candidates().stream()
                                        .limit(4)
                                        .map(PlaceNames.Place::name)
                                        .collect(Collectors.joining("、"))
                                + "），请写明省市，如“山东省济南市市中区”；新增企业时未填写");
            } else {
                cells.warning(ORIGIN, "来源地“" + origin + "”无法识别（应为省、市、区县或国家/地区名称，或行政区划代码），新增企业时未填写");
            }
        }
        return new LedgerRow.InvestorDetails(
                nature, tags(cells), regionCode, "CN".equals(countryCode) ? null : countryCode);
    }

    /** "瞪羚(2024)；专精特新" → GAZELLE@2024, SRDI. */
    private static List<EnterpriseTag> tags(LedgerCells cells) {
        String text = cells.text(TAGS);
        if (text == null) {
            return List.of();
        }
        List<EnterpriseTag> tags = new ArrayList<>();
        for (String part : LedgerColumns.halfWidth(text).split("[;、,]")) {
            String label = part.replaceAll("\\s+", "").replace("“", "\"").replace("”", "\"");
            if (label.isEmpty()) {
                continue;
            }
            Integer year = null;
            Matcher m = TAG_YEAR.matcher(label);
            if (m.matches()) {
                label = m.group(1);
                year = Integer.valueOf(m.group(2));
            }
            Optional<EnterpriseTagCode> tag = EnterpriseLabels.tagOf(TAG_SYNONYMS.getOrDefault(label, label));
            if (tag.isPresent()) {
                tags.add(new EnterpriseTag(tag.get(), year));
            } else {
                cells.warning(TAGS, "无法识别的企业标签“" + label + "”，新增企业时未填写");
            }
        }
        return tags;
    }
}
