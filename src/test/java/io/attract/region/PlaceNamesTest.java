package io.attract.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.attract.region.PlaceNames.Ambiguous;
import io.attract.region.PlaceNames.Found;
import io.attract.region.PlaceNames.Place;
import io.attract.region.PlaceNames.Resolution;
import io.attract.region.PlaceNames.Unknown;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {

    private static final PlaceNames PLACES = new PlaceNames(new Regions().tree());

    private static String region(String written) {
        Resolution r = PLACES.resolve(written);
        assertThat(r).as(written).isInstanceOf(Found.class);
        Place place = ((Found) r).place();
        assertThat(place.countryCode()).as(written).isNull();
        return place.regionCode();
    }

    private static String country(String written) {
        Resolution r = PLACES.resolve(written);
        assertThat(r).as(written).isInstanceOf(Found.class);
        Place place = ((Found) r).place();
        assertThat(place.regionCode()).as(written).isNull();
        return place.countryCode();
    }

    private static Ambiguous ambiguous(String written) {
        Resolution r = PLACES.resolve(written);
        assertThat(r).as(written).isInstanceOf(Ambiguous.class);
        return (Ambiguous) r;
    }

    @Test
    void fullNames() {
        assertThat(region("北京市")).isEqualTo("110000");
        assertThat(region("山东省")).isEqualTo("370000");
        assertThat(region("深圳市")).isEqualTo("440300");
        assertThat(region("济南市")).isEqualTo("370100");
        assertThat(region("历下区")).isEqualTo("370102");
        assertThat(region("广西壮族自治区")).isEqualTo("450000");
        assertThat(region("延边朝鲜族自治州")).isEqualTo("222400");
    }

    @Test
    void shortNamesWithoutTheSuffix() {
        assertThat(region("北京")).isEqualTo("110000");
        assertThat(region("深圳")).isEqualTo("440300");
        assertThat(region("山东")).isEqualTo("370000");
        assertThat(region("济南")).isEqualTo("370100");
        assertThat(region("历下")).isEqualTo("370102");
        assertThat(region("内蒙古")).isEqualTo("150000");
        assertThat(region("广西")).isEqualTo("450000");
        assertThat(region("新疆")).isEqualTo("650000");
        assertThat(region("海西")).isEqualTo("632800");
        assertThat(region("浦东")).isEqualTo("310115");
    }

    @Test
    void aHigherLevelWinsAShortNameItSharesWithALowerOne() {
        assertThat(region("吉林")).isEqualTo("220000");
        assertThat(region("吉林市")).isEqualTo("220200");
        assertThat(region("吉林省吉林市")).isEqualTo("220200");
        assertThat(region("海南")).isEqualTo("460000");
        assertThat(region("抚顺")).isEqualTo("210400");
    }

    @Test
    void chainedNamesAnswerTheMostSpecific() {
        assertThat(region("山东省济南市")).isEqualTo("370100");
        assertThat(region("山东济南")).isEqualTo("370100");
        assertThat(region("广东省深圳市南山区")).isEqualTo("440305");
        assertThat(region("广东深圳南山")).isEqualTo("440305");
        assertThat(region("济南市历下区")).isEqualTo("370102");
        assertThat(region("山东省历下区")).isEqualTo("370102");
        assertThat(region("北京朝阳")).isEqualTo("110105");
        assertThat(region("济南市中区")).isEqualTo("370103");
        assertThat(region("中国山东济南")).isEqualTo("370100");
    }

    @Test
    void spacesFullWidthAndBracketsDoNotMatter() {
        assertThat(region(" 山东省 济南市 ")).isEqualTo("370100");
        assertThat(region("山东省　济南市（历下区）")).isEqualTo("370102");
        assertThat(region("山东-济南")).isEqualTo("370100");
        assertThat(region("３７０１０２")).isEqualTo("370102");
        assertThat(country("ｕｓ")).isEqualTo("US");
    }

    @Test
    void countyNamesSharedAcrossTheCountryAreAmbiguousUnlessQualified() {
        assertThat(ambiguous("市中区").candidates())
                .extracting(Place::regionCode)
                .containsExactly("370103", "370402", "511002", "511102");
        assertThat(ambiguous("鼓楼区").candidates())
                .extracting(Place::name)
                .containsExactly("江苏省南京市鼓楼区", "江苏省徐州市鼓楼区", "福建省福州市鼓楼区", "河南省开封市鼓楼区");
        assertThat(ambiguous("朝阳区").candidates()).extracting(Place::name).containsExactly("北京市朝阳区", "吉林省长春市朝阳区");
        assertThat(ambiguous("南山区").candidates()).hasSize(2);
        assertThat(region("江苏南京鼓楼区")).isEqualTo("320106");
        assertThat(region("长春市朝阳区")).isEqualTo("220104");
    }

    @Test
    void placeholderRowsNeverMatch() {
        assertThat(PLACES.resolve("市辖区")).isInstanceOf(Unknown.class);
        assertThat(PLACES.resolve("县")).isInstanceOf(Unknown.class);
        assertThat(PLACES.resolve("省直辖县级行政区划")).isInstanceOf(Unknown.class);
        assertThat(PLACES.resolve("北京市市辖区")).isInstanceOf(Unknown.class);
    }

    @Test
    void codesOfTheListAndCountryCodesAreKept() {
        assertThat(region("370102")).isEqualTo("370102");
        assertThat(((Found) PLACES.resolve("370102")).place().name()).isEqualTo("山东省济南市历下区");
        assertThat(((Found) PLACES.resolve("110105")).place().name()).isEqualTo("北京市朝阳区");
        assertThat(region("110100")).isEqualTo("110100");
        assertThat(PLACES.resolve("999999")).isInstanceOf(Unknown.class);
        assertThat(country("us")).isEqualTo("US");
        assertThat(country("CN")).isEqualTo("CN");
        assertThat(PLACES.resolve("XX")).isInstanceOf(Unknown.class);
    }

    @Test
    void hongKongMacaoAndTaiwanAreCountries() {
        assertThat(country("香港")).isEqualTo("HK");
        assertThat(country("香港特别行政区")).isEqualTo("HK");
        assertThat(country("中国香港")).isEqualTo("HK");
        assertThat(country("澳门")).isEqualTo("MO");
        assertThat(country("台湾")).isEqualTo("TW");
        assertThat(country("中国台湾")).isEqualTo("TW");
        assertThat(country("810000")).isEqualTo("HK");
    }

    @Test
    void countriesByChineseName() {
        assertThat(country("美国")).isEqualTo("US");
        assertThat(country("美利坚合众国")).isEqualTo("US");
        assertThat(country("新加坡共和国")).isEqualTo("SG");
        assertThat(country("开曼群岛")).isEqualTo("KY");
        assertThat(country("英属维尔京群岛")).isEqualTo("VG");
        assertThat(country("阿联酋")).isEqualTo("AE");
        assertThat(country("中国")).isEqualTo("CN");
        assertThat(((Found) PLACES.resolve("日本")).place()).isEqualTo(new Place(null, "JP", "日本"));
        assertThat(country("UK")).isEqualTo("GB");
        assertThat(country("日本东京")).isEqualTo("JP");
        assertThat(country("英属维尔京群岛托尔托拉")).isEqualTo("VG");
        for (String name : new String[] {
            "韩国", "德国", "英国", "法国", "意大利", "荷兰", "瑞士", "瑞典", "丹麦", "芬兰", "挪威", "比利时", "西班牙", "奥地利", "加拿大", "澳大利亚",
            "新西兰", "以色列", "马来西亚", "泰国", "印度尼西亚", "越南", "印度", "沙特阿拉伯", "俄罗斯", "巴西"
        }) {
            assertThat(country(name)).as(name).hasSize(2);
        }
    }

    @Test
    void unknownNames() {
        assertThat(PLACES.resolve("火星")).isInstanceOf(Unknown.class);
        assertThat(PLACES.resolve("山东济南深圳")).isInstanceOf(Unknown.class);
        assertThat(PLACES.resolve("")).isInstanceOf(Unknown.class);
        assertThat(PLACES.resolve(null)).isInstanceOf(Unknown.class);
    }
}
