package io.attract.demo;

import io.attract.industry.IndustryRepository;
import io.attract.space.ParkRequest;
import io.attract.space.ParkStatus;
import io.attract.space.ParkView;
import io.attract.space.SiteKind;
import io.attract.space.SiteRequest;
import io.attract.space.SpaceService;
import io.attract.space.ZoneKind;
import io.attract.space.ZoneRequest;
import io.attract.space.ZoneView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Tianqiao's "一轴两带五组团", its parks and a few carriers with free area, written through {@link SpaceService} as the
 * administrator writes them. Adds only what is missing.
 */
@ApplicationScoped
class DemoSpace {

    private record DemoZone(String code, String name, ZoneKind kind) {}

    private record DemoPark(String code, String name, String zone, ParkStatus status) {}

    private record DemoSite(
            String name,
            SiteKind kind,
            String park,
            String address,
            String area,
            String free,
            String contact,
            List<String> industries) {}

    private static final List<DemoZone> ZONES = List.of(
            new DemoZone("yellow-river-axis", "黄河城市联动轴", ZoneKind.AXIS),
            new DemoZone("jiluo-road-belt", "济泺路黄金经济带", ZoneKind.BELT),
            new DemoZone("xiaoqing-river-belt", "小清河创新产业带", ZoneKind.BELT),
            new DemoZone("smart-manufacturing-cluster", "新型智造组团", ZoneKind.CLUSTER),
            new DemoZone("hi-tech-cluster", "高科创新组团", ZoneKind.CLUSTER),
            new DemoZone("trade-cluster", "特色商贸组团", ZoneKind.CLUSTER),
            new DemoZone("services-cluster", "高端服务组团", ZoneKind.CLUSTER),
            new DemoZone("agriculture-cluster", "现代农业组团", ZoneKind.CLUSTER));

    private static final List<DemoPark> PARKS = List.of(
            new DemoPark("new-materials-park", "济南新材料产业园区", "smart-manufacturing-cluster", ParkStatus.OPERATING),
            new DemoPark("digital-economy-park", "数字经济产业园", "hi-tech-cluster", ParkStatus.PLANNED),
            new DemoPark("medical-device-park", "医疗器械产业园", "hi-tech-cluster", ParkStatus.PLANNED),
            new DemoPark("smart-manufacturing-park", "智能制造产业园", "smart-manufacturing-cluster", ParkStatus.PLANNED),
            new DemoPark("agri-equipment-park", "农业设备产业园", "agriculture-cluster", ParkStatus.PLANNED),
            new DemoPark("testing-park", "检验检测产业园", "services-cluster", ParkStatus.PLANNED),
            new DemoPark("tech-transfer-park", "科技成果转移转化产业园", "hi-tech-cluster", ParkStatus.PLANNED));

    private static final List<DemoSite> SITES = List.of(
            new DemoSite(
                    "新材料园区 A-03 地块",
                    SiteKind.LAND,
                    "new-materials-park",
                    "济南新材料产业园区纬六路以北",
                    "86000",
                    "86000",
                    "园区招商部 孙工",
                    List.of("new-materials")),
            new DemoSite(
                    "新材料园区标准厂房 3 号",
                    SiteKind.FACTORY,
                    "new-materials-park",
                    "济南新材料产业园区经三路 8 号",
                    "12000",
                    "4500",
                    "园区招商部 孙工",
                    List.of("new-materials", "smart-equipment")),
            new DemoSite(
                    "济泺路金融商务楼",
                    SiteKind.BUILDING,
                    null,
                    "济泺路 128 号",
                    "36000",
                    "9800",
                    "楼宇运营 周经理",
                    List.of("high-end-services", "future-digital")),
            new DemoSite(
                    "泺口服装城 5 层",
                    SiteKind.FLOOR,
                    null,
                    "泺口服装城",
                    "6000",
                    "1200",
                    "市场管委会 吴主任",
                    List.of("trade", "future-consumption")),
            new DemoSite(
                    "数字经济产业园孵化楼",
                    SiteKind.BUILDING,
                    "digital-economy-park",
                    "北园大街 300 号",
                    "24000",
                    "24000",
                    "区投资促进局 郑科长",
                    List.of("future-digital")));

    @Inject
    IndustryRepository industries;

    @Inject
    SpaceService space;

    @Inject
    DemoActor actor;

    int load() {
        int added = 0;
        Map<String, Long> zoneIds = space.listZones().stream().collect(Collectors.toMap(ZoneView::code, ZoneView::id));
        for (DemoZone demo : ZONES) {
            if (!zoneIds.containsKey(demo.code())) {
                ZoneRequest request = actor.valid(
                        new ZoneRequest(demo.code(), demo.name(), demo.kind(), ZONES.indexOf(demo) + 1, null));
                zoneIds.put(
                        demo.code(),
                        actor.asAdmin(
                                        DemoPeople.ADMIN,
                                        DemoPeople.ADMIN_UNIT,
                                        () -> space.saveZone(null, null, request))
                                .id());
                added++;
            }
        }
        Map<String, Long> parkIds = space.listParks().stream().collect(Collectors.toMap(ParkView::code, ParkView::id));
        for (DemoPark demo : PARKS) {
            if (!parkIds.containsKey(demo.code())) {
                ParkRequest request = actor.valid(
                        new ParkRequest(demo.code(), demo.name(), zoneIds.get(demo.zone()), demo.status(), null));
                parkIds.put(
                        demo.code(),
                        actor.asAdmin(
                                        DemoPeople.ADMIN,
                                        DemoPeople.ADMIN_UNIT,
                                        () -> space.savePark(null, null, request))
                                .id());
                added++;
            }
        }
        if (space.searchSites(null, null, null).isEmpty()) {
            Map<String, Long> industryIds =
                    industries.listAll().stream().collect(Collectors.toMap(i -> i.code, i -> i.id));
            for (DemoSite demo : SITES) {
                Long parkId = demo.park() == null ? null : parkIds.get(demo.park());
                SiteRequest request = actor.valid(new SiteRequest(
                        demo.name(),
                        demo.kind(),
                        parkId,
                        null, // the park's zone (SpaceService)
                        demo.address(),
                        null,
                        null,
                        new BigDecimal(demo.area()),
                        new BigDecimal(demo.free()),
                        demo.contact(),
                        null,
                        null,
                        demo.industries().stream()
                                .map(industryIds::get)
                                .filter(Objects::nonNull)
                                .toList()));
                actor.asAdmin(DemoPeople.ADMIN, DemoPeople.ADMIN_UNIT, () -> space.saveSite(null, null, request));
                added++;
            }
        }
        return added;
    }
}
