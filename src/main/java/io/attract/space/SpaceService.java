package io.attract.space;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.CodedCatalogue;
import io.attract.common.persistence.IfMatch;
import io.attract.industry.Industry;
import io.attract.industry.IndustryRepository;
import jakarta.annotation.PostConstruct;
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

    @Inject
    SpaceMapper mapper;

    private CodedCatalogue<Zone> zoneCatalogue;

    private CodedCatalogue<Park> parkCatalogue;

    @PostConstruct
    void catalogues() {
        zoneCatalogue = new CodedCatalogue<>(zones, SpaceService::zoneNotFound, "zone.code_taken", "编码已被使用：");
        parkCatalogue = new CodedCatalogue<>(parks, SpaceService::parkNotFound, "park.code_taken", "编码已被使用：");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ZoneView> listZones() {
        return zones.listOrdered().stream().map(mapper::toView).toList();
    }

    public ZoneView saveZone(Long id, String ifMatch, ZoneRequest request) {
        Zone zone = id == null ? new Zone() : zoneCatalogue.current(id, ifMatch);
        return mapper.toView(zoneCatalogue.save(zone, request.code(), z -> mapper.update(request, z)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ParkView> listParks() {
        return parks.listWithZones().stream().map(mapper::toView).toList();
    }

    public ParkView savePark(Long id, String ifMatch, ParkRequest request) {
        Park park = id == null ? new Park() : parkCatalogue.current(id, ifMatch);
        return mapper.toView(parkCatalogue.save(park, request.code(), p -> {
            mapper.update(request, p);
            p.zone = request.zoneId() == null ? null : zone(request.zoneId());
        }));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SiteView> searchSites(Long parkId, Long industryId, BigDecimal minFreeArea) {
        return sites.search(parkId, industryId, minFreeArea).stream()
                .map(mapper::toView)
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
        mapper.update(request, site);
        site.park = request.parkId() == null
                ? null
                : parks.findByIdOptional(request.parkId())
                        .orElseThrow(() -> ApiException.invalid("parkId", "park.not_found", "找不到该园区。"));
        site.zone = request.zoneId() == null ? (site.park == null ? null : site.park.zone) : zone(request.zoneId());
        site.suitableIndustries = new HashSet<>(suitable(request.suitableIndustryIds()));
        sites.persistAndFlush(site);
        return mapper.toView(site);
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
}
