package io.attract.region;

import io.attract.common.text.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place as district ledgers write it (来源地, 投资方所在地, 项目来源地) turned into a code: a GB/T 2260 region of the
 * shipped list, or an ISO 3166-1 alpha-2 country. Accepts a 6-digit code of the list; a 2-letter country code (any case);
 * a region's full or short name (北京市 or 北京, 延边朝鲜族自治州 or 延边, 历下区 or 历下); names chained from the province
 * down, with or without suffixes (山东济南, 广东省深圳市南山区: the last one named wins), after an optional 中国; the
 * countries investment ledgers name in Chinese (美国, 开曼群岛, 中国 …), alone or before a place in them (日本东京).
 * 香港, 澳门 and 台湾 answer the countries HK, MO and TW, which count as 境外. Spaces, full-width characters, brackets
 * and dashes do not matter. A name regions share at the same level (朝阳区, 市中区) is ambiguous unless its province or
 * prefecture comes first; where regions of different levels share a short name (吉林, 海南, 抚顺), the higher level is
 * meant. The placeholder rows 市辖区, 县 and 省直辖县级行政区划 never match.
 */
public final class PlaceNames {

    /** A region (countryCode null) or a country (regionCode null), named in full: 山东省济南市历下区, 美国. */
    public record Place(String regionCode, String countryCode, String name) {}

    public sealed interface Resolution permits Found, Ambiguous, Unknown {}

    public record Found(Place place) implements Resolution {}

    /** Several regions answer to the name: the caller lists their names and asks for the province or prefecture. */
    public record Ambiguous(List<Place> candidates) implements Resolution {}

    public record Unknown() implements Resolution {}

    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    private static final String ETHNIC_GROUPS = "蒙古|藏|回|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲"
            + "|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯"
            + "|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺";
    /** 广西壮族自治区 → 广西, 海西蒙古族藏族自治州 → 海西, 济南市 → 济南; at least two characters stay (矿区 has no short name). */
    private static final Pattern SUFFIX = Pattern.compile(
            "(.{2,}?)(?:(?:(?:" + ETHNIC_GROUPS + ")族?)*自治(?:区|州|县|旗)" + "|特别行政区|地区|林区|特区|新区|省|市|盟|区|县|旗)");

    private static final Pattern IGNORED = Pattern.compile("[\\s()\\[\\]【】\\-—–·・/]");
    /** Code, Chinese name, other names. Hong Kong, Macao and Taiwan as countries: 境外 in investment statistics. */
    private static final String COUNTRY_TABLE = """
            CN 中国 中华人民共和国 中国大陆 中国内地
            HK 香港 香港特别行政区 香港特区
            MO 澳门 澳门特别行政区 澳门特区
            TW 台湾 台湾省 台湾地区
            US 美国 美利坚合众国
            JP 日本 日本国
            KR 韩国 大韩民国 南韩
            SG 新加坡 新加坡共和国
            DE 德国 德意志联邦共和国
            GB 英国 大不列颠及北爱尔兰联合王国 UK
            FR 法国 法兰西共和国
            IT 意大利
            NL 荷兰 荷兰王国
            CH 瑞士
            SE 瑞典
            DK 丹麦
            FI 芬兰
            NO 挪威
            BE 比利时
            ES 西班牙
            AT 奥地利
            LU 卢森堡
            IE 爱尔兰
            CA 加拿大
            AU 澳大利亚 澳洲
            NZ 新西兰
            IL 以色列
            MY 马来西亚
            TH 泰国
            ID 印度尼西亚 印尼
            VN 越南
            PH 菲律宾
            IN 印度
            AE 阿联酋 阿拉伯联合酋长国
            SA 沙特阿拉伯 沙特
            RU 俄罗斯 俄罗斯联邦
            BR 巴西
            KY 开曼群岛 开曼
            VG 英属维尔京群岛 维尔京群岛 BVI
            BM 百慕大 百慕大群岛
            WS 萨摩亚
            """;

    private static final Map<String, String> COUNTRY_BY_NAME = new HashMap<>();
    private static final Map<String, String> COUNTRY_NAME = new HashMap<>();
    /** 台湾, 香港 and 澳门 have GB/T 2260 codes but no rows below them in the list. */
    private static final Map<String, String> OVERSEAS_PROVINCES = Map.of("71", "TW", "81", "HK", "82", "MO");

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    static {
        for (String row : COUNTRY_TABLE.strip().split("\n")) {
            String[] names = row.strip().split(" ");
            COUNTRY_NAME.put(names[0], names[1]);
            for (int i = 1; i < names.length; i++) {
                COUNTRY_BY_NAME.put(names[i], names[0]);
            }
        }
    }

    /** A region of the list; level 1 province, 2 prefecture, 3 county. */
    private record Entry(String code, String name, int level) {
        boolean isWithin(Entry scope) {
            return scope == null || level > scope.level && code.startsWith(scope.code.substring(0, 2 * scope.level));
        }
    }

    private final Map<String, Entry> byCode = new HashMap<>();
    private final Map<String, List<Entry>> byFullName = new HashMap<>();
    private final Map<String, List<Entry>> byShortName = new HashMap<>();

    public PlaceNames(Regions.RegionTree regions) {
        regions.items().forEach(province -> index(province, ""));
    }

    public Resolution resolve(String written) {
        String text =
                written == null ? "" : IGNORED.matcher(Text.halfWidth(written)).replaceAll("");
        if (text.matches("\\d{6}")) {
            Entry entry = byCode.get(text);
            String overseas = OVERSEAS_PROVINCES.get(text.substring(0, 2));
            return entry != null ? found(entry) : overseas != null ? country(overseas) : new Unknown();
        }
        if (text.matches("[A-Za-z]{2}") && ISO_COUNTRIES.contains(text.toUpperCase(Locale.ROOT))) {
            return country(text.toUpperCase(Locale.ROOT));
        }
        String country = COUNTRY_BY_NAME.get(text.toUpperCase(Locale.ROOT));
        if (country != null) {
            return country(country);
        }
        if (text.startsWith("中国") && text.length() > 2) {
            return resolve(text.substring(2));
        }
        Set<Entry> ends = ends(text, null);
        int highest = ends.stream().mapToInt(Entry::level).min().orElse(0);
        List<Entry> meant = ends.stream()
                .filter(e -> e.level == highest)
                .sorted(Comparator.comparing(Entry::code))
                .toList();
        if (meant.isEmpty()) {
            return countryFirst(text);
        }
        return meant.size() == 1
                ? found(meant.get(0))
                : new Ambiguous(
                        meant.stream().map(e -> new Place(e.code, null, e.name)).toList());
    }

    /** 日本东京, 美国加州: a country and somewhere in it; its longest name wins. */
    private static Resolution countryFirst(String text) {
        return COUNTRY_BY_NAME.keySet().stream()
                .filter(name -> text.startsWith(name) && !"CN".equals(COUNTRY_BY_NAME.get(name)))
                .max(Comparator.comparingInt(String::length))
                .map(name -> country(COUNTRY_BY_NAME.get(name)))
                .orElseGet(Unknown::new);
    }

    private static Resolution found(Entry entry) {
        return new Found(new Place(entry.code, null, entry.name));
    }

    private static Resolution country(String code) {
        return new Found(new Place(null, code, COUNTRY_NAME.getOrDefault(code, code)));
    }

    /** The regions the text can name when read as a chain of names, each inside the one before, all of it used. */
    private Set<Entry> ends(String text, Entry scope) {
        if (text.isEmpty()) {
            return scope == null ? Set.of() : Set.of(scope);
        }
        Set<Entry> ends = new LinkedHashSet<>();
        for (int end = text.length(); end >= 2; end--) {
            for (Entry entry : named(text.substring(0, end), scope)) {
                ends.addAll(ends(text.substring(end), entry));
            }
        }
        return ends;
    }

    /** Regions inside the scope of that full name, else of that short name. */
    private List<Entry> named(String name, Entry scope) {
        List<Entry> full = byFullName.getOrDefault(name, List.of()).stream()
                .filter(e -> e.isWithin(scope))
                .toList();
        return !full.isEmpty()
                ? full
                : byShortName.getOrDefault(name, List.of()).stream()
                        .filter(e -> e.isWithin(scope))
                        .toList();
    }

    private void index(Regions.Region region, String parentName) {
        String code = region.code();
        int level = code.endsWith("0000") ? 1 : code.endsWith("00") ? 2 : 3;
        boolean placeholder = PLACEHOLDERS.contains(region.name());
        Entry entry = new Entry(code, parentName + region.name(), level);
        byCode.put(code, entry);
        if (!placeholder) {
            byFullName.computeIfAbsent(region.name(), k -> new ArrayList<>()).add(entry);
            Matcher shortName = SUFFIX.matcher(region.name());
            if (shortName.matches()) {
                byShortName
                        .computeIfAbsent(shortName.group(1), k -> new ArrayList<>())
                        .add(entry);
            }
        }
        String childrenParent = placeholder ? parentName : entry.name;
        region.children().forEach(child -> index(child, childrenParent));
    }
}
