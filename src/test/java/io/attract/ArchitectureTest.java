package io.attract;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaGenericArrayType;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the back end (ADR 0018), on the compiled main classes, without Quarkus: feature packages
 * depend on each other without cycles, {@code common} depends on no feature, and no REST operation answers a JPA
 * entity. A failure names each offending class and the dependency that breaks the rule.
 */
class ArchitectureTest {

    private static final String ROOT = "io.attract";

    private static final List<Class<? extends Annotation>> REST_OPERATIONS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class, OPTIONS.class, Path.class);

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(ROOT);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..")
                .namingSlices("$1")
                .as("feature packages of " + ROOT)
                .should()
                .beFreeOfCycles()
                .because("features are layers: what joins two of them sits above both")
                .check(main);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".common..")
                .should()
                .dependOnClassesThat(featureClasses())
                .because("common is the ground every feature stands on: small, boring and knowing no feature")
                .check(main);
    }

    @Test
    void restOperationsNeverAnswerEntities() {
        methods()
                .that(areRestOperations())
                .should(notAnswerAnEntity())
                .because("entities never cross the REST boundary: a record view is the contract")
                .check(main);
    }

    private static DescribedPredicate<JavaClass> featureClasses() {
        return resideInAPackage(ROOT + "..")
                .and(not(resideInAPackage(ROOT + ".common..")))
                .as("reside in a feature package of " + ROOT + " (not common)");
    }

    /**
     * Resource methods and sub-resource locators: {@code @GET}, {@code @POST} … or {@code @Path} on the method. Named
     * one by one, not found as meta-annotated with {@code @HttpMethod}, so the import need not read the JAX-RS jar.
     */
    private static DescribedPredicate<JavaMethod> areRestOperations() {
        return DescribedPredicate.describe(
                "are REST operations (@GET, @POST … or @Path)",
                method -> REST_OPERATIONS.stream().anyMatch(method::isAnnotatedWith));
    }

    private static ArchCondition<JavaMethod> notAnswerAnEntity() {
        return new ArchCondition<>("not answer a JPA @Entity, nor a type holding one") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                List<JavaClass> entities = new ArrayList<>();
                collectEntities(method.getReturnType(), entities);
                for (JavaClass entity : entities) {
                    events.add(SimpleConditionEvent.violated(
                            method,
                            method.getFullName()
                                    + " answers the entity " + entity.getName() + " in "
                                    + method.getReturnType().getName()
                                    + " " + method.getSourceCodeLocation()));
                }
            }
        };
    }

    private static void collectEntities(JavaType type, List<JavaClass> entities) {
        if (type instanceof JavaParameterizedType parameterized) {
            parameterized.getActualTypeArguments().forEach(argument -> collectEntities(argument, entities));
        } else if (type instanceof JavaWildcardType wildcard) {
            wildcard.getUpperBounds().forEach(bound -> collectEntities(bound, entities));
        } else if (type instanceof JavaGenericArrayType array) {
            collectEntities(array.getComponentType(), entities);
        }
        JavaClass raw = type.toErasure();
        JavaClass element = raw.isArray() ? raw.getBaseComponentType() : raw;
        if (isEntity(element) && !entities.contains(element)) {
            entities.add(element);
        }
    }

    private static boolean isEntity(JavaClass type) {
        if (type.isAnnotatedWith(Entity.class)) {
            return true;
        }
        return type.getAllRawSuperclasses().stream().anyMatch(superclass -> superclass.isAnnotatedWith(Entity.class));
    }
}
