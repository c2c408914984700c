package io.attract.enterprise;

import io.attract.common.excel.HeaderRow;
import io.attract.common.excel.HelpSheet;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The downloadable import template. */
final class EnterpriseTemplate {

    private static final List<List<String>> HELP = List.of(
            List.of("列", "是否必填", "说明"),
            List.of("企业名称", "必填", "企业全称；已有企业按统一社会信用代码、其次按名称匹配，重复导入不会新增重复记录"),
            List.of("统一社会信用代码", "选填", "18 位，系统会校验校验位"),
            List.of("曾用名", "选填", "多个用“；”分隔"),
            List.of("来源地代码", "选填", "6 位行政区划代码（如 370105），外资企业填 2 位国家代码（如 DE）"),
            List.of("国民经济行业代码", "选填", "GB/T 4754-2017，如 C2614"),
            List.of("产业(4+N)", "选填", "须与系统产业体系中的名称一致，如 新型功能材料"),
            List.of("企业性质", "选填", "央企、国企、民企、外资、港澳台"),
            List.of("企业标签", "选填", "如 瞪羚(2024)；专精特新；链主"),
            List.of("注册资本(万元)", "选填", "数字"),
            List.of("员工人数", "选填", "整数"),
            List.of("状态", "选填", "储备（默认）、跟进中、已转化、休眠"),
            List.of("负责单位", "不导入", "导入的企业归导入人所在单位"),
            List.of("招商方式", "选填", "以商招商、产业链招商 等"),
            List.of("来源", "选填", "如 2024年目标企业梳理"));

    private EnterpriseTemplate() {}

    static void write(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Attract", "1.0");
        Worksheet sheet = workbook.newWorksheet("目标企业");
        HeaderRow.write(sheet, EnterpriseExport.HEADERS);
        for (int c = 0; c < EnterpriseExport.HEADERS.size(); c++) {
            sheet.width(c, c == 0 ? 40 : 18);
        }
        Worksheet help = HelpSheet.write(workbook, HELP);
        help.width(0, 20);
        help.width(2, 80);
        workbook.finish();
    }
}
