package io.attract.demo;

import io.attract.enterprise.Enterprise;
import io.attract.enterprise.EnterpriseNature;
import io.attract.enterprise.EnterpriseRequest;
import io.attract.enterprise.EnterpriseService;
import io.attract.industry.Industry;
import io.attract.unit.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;

/**
 * A handful of invented foreign and Hong Kong investors, so the demo has 境外 projects and FDI; entered through the
 * enterprise service by the bureau's statistician.
 */
@ApplicationScoped
class DemoForeignInvestors {

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

    /** The login that owns them (负责人), as before: the bureau's statistician. */
    private static final String OWNER = "stats";

    @Inject
    EnterpriseService service;

    @Inject
    DemoActor actor;

    /** The investors, those missing first entered through the enterprise service; managed, for the projects. */
    List<Enterprise> load() {
        String bureau = Unit.<Unit>find("code", DemoPeople.ADMIN_UNIT)
                .firstResultOptional()
                .orElseGet(() -> Unit.<Unit>findAll().firstResult())
                .code;
        for (Firm demo : FIRMS) {
            if (Enterprise.count("name", demo.name()) == 0) {
                Industry industry =
                        Industry.<Industry>find("code", demo.industry()).firstResult();
                EnterpriseRequest request = actor.valid(EnterpriseRequest.following(
                        demo.name(),
                        null,
                        demo.country(),
                        industry == null ? null : industry.id,
                        demo.nature(),
                        new BigDecimal("50000"),
                        "外资招商"));
                actor.as(OWNER, bureau, () -> service.create(request));
            }
        }
        // Read after the writes: each write clears the persistence context.
        return FIRMS.stream()
                .<Enterprise>map(demo -> Enterprise.find("name", demo.name()).firstResult())
                .toList();
    }
}
