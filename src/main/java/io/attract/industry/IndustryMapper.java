package io.attract.industry;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface IndustryMapper {

    IndustryView toView(Industry industry);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "retiredOn", ignore = true)
    void update(IndustryRequest request, @MappingTarget Industry industry);

    default List<String> codes(String[] codes) {
        return codes == null ? List.of() : List.of(codes);
    }

    default String[] codes(List<String> codes) {
        return codes == null
                ? new String[0]
                : codes.stream().map(String::trim).distinct().toArray(String[]::new);
    }
}
