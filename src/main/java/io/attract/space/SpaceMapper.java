package io.attract.space;

import io.attract.common.persistence.CodedEntity;
import io.attract.industry.Industry;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;

/** Zones, parks and carriers as they are shown, and what a request sets on them (the service resolves the links). */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface SpaceMapper {

    ZoneView toView(Zone zone);

    ParkView toView(Park park);

    SiteView toView(Site site);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "name", expression = "java(request.name().trim())")
    void update(ZoneRequest request, @MappingTarget Zone zone);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "name", expression = "java(request.name().trim())")
    @Mapping(target = "zone", ignore = true)
    void update(ParkRequest request, @MappingTarget Park park);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "name", expression = "java(request.name().trim())")
    @Mapping(target = "park", ignore = true)
    @Mapping(target = "zone", ignore = true)
    @Mapping(target = "suitableIndustries", ignore = true)
    void update(SiteRequest request, @MappingTarget Site site);

    /** A zone or a park as other records show it. */
    default ParkView.Ref ref(CodedEntity record) {
        return record == null ? null : new ParkView.Ref(record.id, record.name);
    }

    /** The industries a carrier suits, in the catalogue's order. */
    default List<ParkView.Ref> suited(Set<Industry> industries) {
        return industries.stream()
                .sorted(Comparator.comparing((Industry i) -> i.sortOrder))
                .map(i -> new ParkView.Ref(i.id, i.name))
                .toList();
    }
}
