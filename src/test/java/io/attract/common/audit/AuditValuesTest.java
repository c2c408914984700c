package io.attract.common.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.attract.unit.Unit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditValuesTest {

    @Test
    void arraysAndCollectionsAreStoredAsListsWithReferencesByIdAndUnsavedOnesLeftOut() {
        assertThat(AuditValues.jsonValue(new String[] {"北京", "上海"})).isEqualTo(List.of("北京", "上海"));
        Unit saved = new Unit();
        saved.id = 7L;
        assertThat(AuditValues.jsonValue(List.of(saved, new Unit()))).isEqualTo(List.of(Map.of("ref", 7L)));
        assertThat(AuditValues.jsonValue(new Unit())).isSameAs(AuditValues.SKIP);
    }
}
