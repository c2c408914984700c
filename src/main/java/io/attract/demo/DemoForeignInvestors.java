package io.attract.demo;

import io.attract.enterprise.Enterprise;
import io.attract.enterprise.EnterpriseNature;
import io.attract.enterprise.EnterpriseStatus;
import io.attract.industry.Industry;
import io.attract.unit.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A handful of invented foreign and Hong Kong investors, so the demo has 境外 projects and FDI. */
final class DemoForeignInvestors {

    private record Firm(String name, String country, String industry, EnterpriseNature nature) {}

    private static final List<Firm> FIRMS = List.of(
            new Firm("德国莱茵精密机械有限公司", "DE", "smart-equipment", EnterpriseNature.FOREIGN),
            new Firm("日本东和新材料株式会社", "JP", "new-materials", EnterpriseNature.FOREIGN),
            new Firm("韩国晓星先进材料株式会社", "KR", "new-materials", EnterpriseNature.FOREIGN),
            new Firm("新加坡嘉德供应链有限公司", "SG", "trade", EnterpriseNature.FOREIGN),
            new Firm("美国安泰医疗器械有限公司", "US", "future-health", EnterpriseNature.FOREIGN),
            new Firm("香港恒信投资控股有限公司", "HK", "high-end-services", EnterpriseNature.HK_MO_TW),
            new Firm("香港华海数字科技有限公司", "HK", "future-digital", EnterpriseNature.HK_MO_TW),
            new Firm("法国赛峰航空零部件有限公司", "FR", "future-aerospace", EnterpriseNature.FOREIGN));

    private DemoForeignInvestors() {}

    static List<Enterprise> load() {
        Unit bureau = Unit.<Unit>find("code", "invest-bureau")
                .firstResultOptional()
                .orElseGet(() -> Unit.<Unit>findAll().firstResult());
        List<Enterprise> firms = new ArrayList<>();
        for (Firm demo : FIRMS) {
            Enterprise firm = Enterprise.<Enterprise>find("name", demo.name()).firstResult();
            if (firm == null) {
                firm = new Enterprise();
                firm.name = demo.name();
                firm.countryCode = demo.country();
                firm.industry = Industry.<Industry>find("code", demo.industry()).firstResult();
                firm.nature = demo.nature();
                firm.registeredCapital = new BigDecimal("50000");
                firm.ownerUnit = bureau;
                firm.ownerUsername = "stats";
                firm.status = EnterpriseStatus.FOLLOWING;
                firm.source = "外资招商";
                firm.persist();
            }
            firms.add(firm);
        }
        return firms;
    }
}
