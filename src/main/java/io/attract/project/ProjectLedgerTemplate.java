package io.attract.project;

import io.attract.common.excel.HeaderRow;
import io.attract.common.excel.HelpSheet;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The downloadable monthly ledger template: the columns, and a second sheet that explains each of them. */
final class ProjectLedgerTemplate {

    private static final String OPTIONAL = "选填";
    private static final List<List<String>> HELP = List.of(
            List.of("列", "是否必填", "说明"),
            List.of(LedgerColumns.CODE, OPTIONAL, "已有项目按项目编号匹配；不填则按项目名称匹配，新项目由系统生成编号（如 XM2026-00001）"),
            List.of(LedgerColumns.NAME, "必填", "项目全称"),
            List.of(LedgerColumns.POOL, OPTIONAL, "策划库、推进库、实施库；新项目不填时，签约及以后为实施库，其余为推进库"),
            List.of(LedgerColumns.STAGE, "必填", "线索、在谈、签约、注册(落地)、开工、投产/运营、搁置、终止；签约及以后须填写该阶段的日期"),
            List.of(LedgerColumns.KEY_PROJECT, OPTIONAL, "是 或 否"),
            List.of(LedgerColumns.INVESTORS, OPTIONAL, "投资方企业名称，多个用“、”或“;”分隔；目标库中没有的企业会自动新增（状态为已转化）"),
            List.of(LedgerColumns.CREDIT_CODE, OPTIONAL, "18 位，系统会校验校验位；多个投资方时按顺序用“、”分隔，没有的留空"),
            List.of(LedgerColumns.NATURE, OPTIONAL, "央企、国企、民企、外资、港澳台（新增投资方企业时使用）"),
            List.of(LedgerColumns.TAGS, OPTIONAL, "如 瞪羚(2024)；专精特新；链主（新增投资方企业时使用）"),
            List.of(LedgerColumns.ORIGIN, OPTIONAL, "地名（如 深圳市、山东省济南市、香港、新加坡）或 6 位行政区划代码、2 位国家代码"),
            List.of(LedgerColumns.ORIGIN_TIER, OPTIONAL, "境外、省外、市外省内、区外市内、区内；不填时按投资方来源地自动判断"),
            List.of(LedgerColumns.INDUSTRY, OPTIONAL, "系统产业体系中的名称，如 新型功能材料；不一致的名称在导入时逐个对应"),
            List.of(LedgerColumns.INDUSTRY_CODE, OPTIONAL, "GB/T 4754-2017，如 C3011"),
            List.of(LedgerColumns.ZONE, OPTIONAL, "系统中的组团名称，如 新型智造组团；系统中没有的可在导入时对应或新建"),
            List.of(LedgerColumns.PARK_OR_SITE, OPTIONAL, "园区名称或载体名称；载体重名时写成“园区名称/载体名称”"),
            List.of(LedgerColumns.STREET, OPTIONAL, "项目落地的街道"),
            List.of(LedgerColumns.CONTENT, OPTIONAL, "不超过 2000 字"),
            List.of(LedgerColumns.METHOD, OPTIONAL, "以商招商、产业链招商、空间招商、项目招商、二次招商、中介/基金招商、展会招商"),
            List.of(LedgerColumns.SOURCE, OPTIONAL, "项目来自的招商活动或外出招商"),
            List.of(LedgerColumns.TOTAL, OPTIONAL, "数字，最多 4 位小数"),
            List.of(LedgerColumns.FIXED_ASSET, OPTIONAL, "数字，不大于总投资"),
            List.of(LedgerColumns.CONTRACT_USD, OPTIONAL, "数字（万美元）"),
            List.of(LedgerColumns.FUNDS_MONTH, OPTIONAL, "台账月份当月到位的资金（万元）；登记为该月最后一天的一笔到位资金"),
            List.of(LedgerColumns.FUNDS_YEAR, OPTIONAL, "本年 1 月至台账月份累计到位（万元）；多于系统已有记录的部分登记为期初数"),
            List.of(LedgerColumns.FUNDS_ALL, OPTIONAL, "项目历年累计到位（万元）；多于本年累计的部分登记为以前年度期初数"),
            List.of(LedgerColumns.FOREIGN_USD, OPTIONAL, "当月到位资金中的实际使用外资（万美元）"),
            List.of(LedgerColumns.FOREIGN_USD_YEAR, OPTIONAL, "本年 1 月至台账月份累计实际使用外资（万美元）；只填累计时，首次导入不区分当月"),
            List.of(LedgerColumns.NEGOTIATING_ON, OPTIONAL, "日期，如 2026-03-05、2026/3/5 或 2026年3月5日；不能晚于今天"),
            List.of(LedgerColumns.SIGNED_ON, OPTIONAL, "阶段为签约及以后时必填；各阶段日期须按 首谈→签约→注册→开工→投产 先后"),
            List.of(LedgerColumns.REGISTERED_ON, OPTIONAL, "阶段为注册(落地)及以后时必填"),
            List.of(LedgerColumns.CONSTRUCTION_ON, OPTIONAL, "阶段为开工及以后时必填"),
            List.of(LedgerColumns.OPERATING_ON, OPTIONAL, "阶段为投产/运营时必填"),
            List.of(LedgerColumns.SPONSOR, OPTIONAL, "包挂的区领导"),
            List.of(LedgerColumns.UNIT, "必填", "单位名称或单位编码；系统中没有的可在导入时对应或新建（统计员）；招商专员和单位负责人只能导入本单位的项目"),
            List.of(LedgerColumns.OWNER, OPTIONAL, "项目责任人（系统用户名或姓名）"),
            List.of(LedgerColumns.PROGRESS, OPTIONAL, "记入工作台账，日期为台账月份最后一天"),
            List.of(LedgerColumns.PROBLEM, OPTIONAL, "记入工作台账"),
            List.of(LedgerColumns.COORDINATION, OPTIONAL, "记入工作台账，报包挂领导协调"),
            List.of(LedgerColumns.NEXT_STEP, OPTIONAL, "记入工作台账"),
            List.of("（说明）", "", "已登记的阶段日期与系统不一致、或阶段比系统中靠前时，不会自动改动：请在系统中以“更正”方式办理"),
            List.of("（说明）", "", "也可直接导入本单位自己的台账：标题行、两行表头、合计行和表尾说明会被识别，列名可不同（如 负责单位、包保领导、1-9月累计），在导入向导中确认对应关系"));

    private ProjectLedgerTemplate() {}

    static void write(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Attract", "1.0");
        Worksheet sheet = workbook.newWorksheet("月度台账");
        HeaderRow.write(sheet, LedgerColumns.ALL);
        for (int c = 0; c < LedgerColumns.ALL.size(); c++) {
            sheet.width(c, c == 1 ? 36 : 16);
        }
        sheet.freezePane(2, 1); // the code and the name stay in view as well as the header
        Worksheet help = HelpSheet.write(workbook, HELP);
        help.style(0, 0).bold().set();
        help.width(0, 24);
        help.width(1, 10);
        help.width(2, 90);
        workbook.finish();
    }
}
