package io.attract.unit;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface UnitMapper {

    UnitView toView(Unit unit);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "version", ignore = true)
    void update(UnitRequest request, @MappingTarget Unit unit);
}
