package io.attract.common.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Makes the OpenAPI document say what the server's JSON really does (ADR 0024), so the front end's generated types
 * are exact. Jackson writes every property of an answer, null or not: each property of a schema an answer reaches is
 * required (present), and null only where the record component says {@code @Schema(nullable = true)}. A request
 * property the server does not require may be left out or sent as null: it is optional and nullable. A record that
 * Jackson writes without its nulls ({@code @JsonInclude(NON_NULL)}) says so with the extension {@value #ABSENT_WHEN_NULL}:
 * its properties stay optional.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiPresence implements OASFilter {

    private static final String PREFIX = "#/components/schemas/";
    static final String ABSENT_WHEN_NULL = "x-absent-when-null";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> named = openAPI.getComponents().getSchemas();
        Set<String> answers = new HashSet<>();
        Set<String> requests = new HashSet<>();
        if (openAPI.getPaths() != null) {
            openAPI.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(item -> item.getOperations().values().forEach(operation -> {
                        reach(requestContent(operation), named, requests);
                        if (operation.getResponses() != null) {
                            operation
                                    .getResponses()
                                    .getAPIResponses()
                                    .values()
                                    .forEach(response -> reach(response.getContent(), named, answers));
                        }
                    }));
        }
        answers.forEach(name -> everyPropertyPresent(named.get(name)));
        requests.stream().filter(name -> !answers.contains(name)).forEach(name -> optionalMayBeNull(named.get(name)));
    }

    private static Content requestContent(Operation operation) {
        return operation.getRequestBody() == null
                ? null
                : operation.getRequestBody().getContent();
    }

    /** The names of the component schemas a content reaches, through properties, items and maps. */
    private static void reach(Content content, Map<String, Schema> named, Set<String> reached) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        Deque<Schema> todo = new ArrayDeque<>();
        content.getMediaTypes().values().forEach(type -> {
            if (type.getSchema() != null) {
                todo.push(type.getSchema());
            }
        });
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(PREFIX)) {
                String name = ref.substring(PREFIX.length());
                if (reached.add(name) && named.containsKey(name)) {
                    todo.push(named.get(name));
                }
                continue;
            }
            children(schema, todo::push);
        }
    }

    private static void children(Schema schema, Consumer<Schema> each) {
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(each);
        }
        if (schema.getItems() != null) {
            each.accept(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            each.accept(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> group :
                List.of(listOf(schema.getAnyOf()), listOf(schema.getOneOf()), listOf(schema.getAllOf()))) {
            group.forEach(each);
        }
    }

    private static List<Schema> listOf(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }

    private static void everyPropertyPresent(Schema schema) {
        if (schema == null
                || schema.getProperties() == null
                || (schema.getExtensions() != null && schema.getExtensions().containsKey(ABSENT_WHEN_NULL))) {
            return;
        }
        schema.getProperties().keySet().stream()
                .filter(name ->
                        schema.getRequired() == null || !schema.getRequired().contains(name))
                .toList()
                .forEach(schema::addRequired);
    }

    private static void optionalMayBeNull(Schema schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map.copyOf(schema.getProperties()).forEach((name, property) -> {
            if (!required.contains(name)) {
                schema.addProperty(name, nullable(property));
            }
        });
    }

    /** The property's schema with null allowed: a type list gains "null", a reference becomes one of it or null. */
    static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            return OASFactory.createSchema()
                    .addAnyOf(property)
                    .addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
        }
        if (property.getType() != null
                && !property.getType().isEmpty()
                && !property.getType().contains(SchemaType.NULL)) {
            property.addType(SchemaType.NULL);
        }
        return property;
    }
}
