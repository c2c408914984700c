package io.attract.common.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.attract.enterprise.EnterpriseLabels;
import io.attract.enterprise.EnterpriseNature;
import io.attract.enterprise.EnterpriseStatus;
import io.attract.enterprise.EnterpriseTagCode;
import io.attract.project.OriginTier;
import io.attract.project.ProjectLabels;
import io.attract.project.ProjectPool;
import io.attract.project.ProjectStage;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The catalogue keeps up with the entities: every audited property has a label, every enum constant a name. */
@QuarkusTest
class AuditCatalogueTest {

    @Inject
    EntityManager em;

    @Inject
    AuditKeys keys;

    @Test
    void everyEntityPropertyAndEnumConstantReads() {
        List<String> missing = new ArrayList<>();
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            String type = entity.getJavaType().getSimpleName();
            if (type.equals("AuditEvent")) {
                continue;
            }
            AuditCatalogue.Type described = AuditCatalogue.type(type).orElse(null);
            if (described == null) {
                missing.add(type);
                continue;
            }
            for (Attribute<?, ?> attribute : entity.getAttributes()) {
                String name = attribute.getName();
                if (name.equals("id") || AuditCatalogue.noise(name)) {
                    continue;
                }
                AuditCatalogue.Field field = described.field(name).orElse(null);
                if (field == null) {
                    missing.add(type + "." + name);
                    continue;
                }
                Class<?> javaType = attribute instanceof PluralAttribute<?, ?, ?> plural
                        ? plural.getElementType().getJavaType()
                        : attribute.getJavaType();
                if (javaType.isEnum()) {
                    for (Object constant : javaType.getEnumConstants()) {
                        if (!field.values().containsKey(((Enum<?>) constant).name())) {
                            missing.add(type + "." + name + "=" + constant);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void enumNamesAreTheFeaturesOwn() {
        same(AuditCatalogue.STAGES, ProjectStage.values(), ProjectLabels::stage);
        same(AuditCatalogue.POOLS, ProjectPool.values(), ProjectLabels::pool);
        same(AuditCatalogue.TIERS, OriginTier.values(), ProjectLabels::tier);
        same(AuditCatalogue.NATURES, EnterpriseNature.values(), EnterpriseLabels::nature);
        same(AuditCatalogue.TAGS, EnterpriseTagCode.values(), EnterpriseLabels::tag);
        same(AuditCatalogue.ENTERPRISE_STATUSES, EnterpriseStatus.values(), EnterpriseLabels::status);
    }

    private static <E extends Enum<E>> void same(Map<String, String> catalogue, E[] values, Function<E, String> own) {
        for (E value : values) {
            assertThat(catalogue.get(value.name())).as(value.name()).isEqualTo(own.apply(value));
        }
    }

    @Test
    void everyKeyQueryRunsAndTypesAreNamedOnce() {
        Map<String, Set<Long>> ids = new HashMap<>();
        AuditCatalogue.types().stream()
                .map(AuditCatalogue.Type::name)
                .filter(AuditKeys::keyed)
                .forEach(type -> ids.put(type, Set.of(-1L)));
        assertThat(ids).hasSizeGreaterThan(25);
        assertThat(keys.keys(ids).values()).allMatch(Map::isEmpty);
        assertThat(AuditCatalogue.types().stream()
                        .map(AuditCatalogue.Type::label)
                        .distinct()
                        .count())
                .isEqualTo(AuditCatalogue.types().size());
        assertThat(AuditCatalogue.typeNamed("项目")).contains("Project");
        assertThat(AuditCatalogue.typeNamed("project")).contains("Project");
    }
}
