package io.attract.space;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.CodedEntity;
import io.attract.common.persistence.IfMatch;
import io.attract.industry.Industry;
import io.attract.industry.IndustryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

/** Zones, parks and carriers: reference records admins keep, read by everyone. */
@ApplicationScoped
@Transactional
public class SpaceService {

    @Inject
    ZoneRepository zones;

    @Inject
    ParkRepository parks;

    @Inject
    SiteRepository sites;

    @Inject
    IndustryRepository industries;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ZoneView> listZones() {
        return zones.listOrdered().stream().map(SpaceService::view).toList();
    }

    public ZoneView saveZone(Long id, String ifMatch, ZoneRequest request) {
        Zone zone = id == null ? new Zone() : zones.findByIdOptional(id).orElseThrow(SpaceService::zoneNotFound);
        if (id != null) {
            IfMatch.check(ifMatch, zone.version);
        }
        CodedEntity.ensureCodeFree(zones.findByCode(request.code()), id, "zone.code_taken", "编码已被使用：" + request.code());
        zone.code = request.code();
        zone.name = request.name().trim();
        zone.kind = request.kind();
        zone.sortOrder = request.sortOrder();
        zone.description = request.description();
        zones.persistAndFlush(zone);
        return view(zone);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ParkView> listParks() {
        return parks.listWithZones().stream().map(SpaceService::view).toList();
    }

    public ParkView savePark(Long id, String ifMatch, ParkRequest request) {
        Park park = id == null ? new Park() : parks.findByIdOptional(id).orElseThrow(SpaceService::parkNotFound);
        if (id != null) {
            IfMatch.check(ifMatch, park.version);
        }
        CodedEntity.ensureCodeFree(parks.findByCode(request.code()), id, "park.code_taken", "编码已被使用：" + request.code());
        park.code = request.code();
        park.name = request.name().trim();
        park.zone = request.zoneId() == null ? null : zone(request.zoneId());
        park.status = request.status();
        park.description = request.description();
        parks.persistAndFlush(park);
        return view(park);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SiteView> searchSites(Long parkId, Long industryId, BigDecimal minFreeArea) {
        return sites.search(parkId, industryId, minFreeArea).stream()
                .map(SpaceService::view)
                .toList();
    }

    public SiteView saveSite(Long id, String ifMatch, SiteRequest request) {
        Site site = id == null
                ? new Site()
                : sites.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("site.not_found", "找不到该载体。"));
        if (id != null) {
            IfMatch.check(ifMatch, site.version);
        }
        if (request.freeAreaSqm().compareTo(request.areaSqm()) > 0) {
            throw ApiException.invalid("freeAreaSqm", "site.free_exceeds_area", "可用面积不能大于总面积。");
        }
        site.name = request.name().trim();
        site.kind = request.kind();
        site.park = request.parkId() == null
                ? null
                : parks.findByIdOptional(request.parkId())
                        .orElseThrow(() -> ApiException.invalid("parkId", "park.not_found", "找不到该园区。"));
        site.zone = request.zoneId() == null ? (site.park == null ? null : site.park.zone) : zone(request.zoneId());
        site.address = request.address();
        site.longitude = request.longitude();
        site.latitude = request.latitude();
        site.areaSqm = request.areaSqm();
        site.freeAreaSqm = request.freeAreaSqm();
        site.contactName = request.contactName();
        site.contactPhone = request.contactPhone();
        site.description = request.description();
        site.suitableIndustries = new HashSet<>(suitable(request.suitableIndustryIds()));
        sites.persistAndFlush(site);
        return view(site);
    }

    private List<Industry> suitable(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<Industry> found = industries.list("id in ?1", ids);
        if (found.size() != new HashSet<>(ids).size()) {
            throw ApiException.invalid("suitableIndustryIds", "industry.not_found", "适宜产业中有不存在的产业。");
        }
        return found;
    }

    private Zone zone(long id) {
        return zones.findByIdOptional(id)
                .orElseThrow(() -> ApiException.invalid("zoneId", "zone.not_found", "找不到该组团/带/轴。"));
    }

    private static ApiException zoneNotFound() {
        return ApiException.notFound("zone.not_found", "找不到该组团/带/轴。");
    }

    private static ApiException parkNotFound() {
        return ApiException.notFound("park.not_found", "找不到该园区。");
    }

    static ZoneView view(Zone z) {
        return new ZoneView(z.id, z.code, z.name, z.kind, z.sortOrder, z.description, z.version);
    }

    static ParkView view(Park p) {
        return new ParkView(p.id, p.code, p.name, ref(p.zone), p.status, p.description, p.version);
    }

    static SiteView view(Site s) {
        List<ParkView.Ref> suited = s.suitableIndustries.stream()
                .sorted(java.util.Comparator.comparing((Industry i) -> i.sortOrder))
                .map(i -> new ParkView.Ref(i.id, i.name))
                .toList();
        return new SiteView(
                s.id,
                s.name,
                s.kind,
                s.park == null ? null : new ParkView.Ref(s.park.id, s.park.name),
                ref(s.zone),
                s.address,
                s.longitude,
                s.latitude,
                s.areaSqm,
                s.freeAreaSqm,
                s.contactName,
                s.contactPhone,
                s.description,
                suited,
                s.version);
    }

    private static ParkView.Ref ref(Zone zone) {
        return zone == null ? null : new ParkView.Ref(zone.id, zone.name);
    }
}
