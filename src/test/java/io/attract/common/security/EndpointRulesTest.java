package io.attract.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every resource method says who may call it, on itself or on its class. */
class EndpointRulesTest {

    private static final List<Class<? extends Annotation>> HTTP =
            List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class);
    private static final List<Class<? extends Annotation>> RULES =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class, Authenticated.class);

    @Test
    void everyEndpointDeclaresItsRule() throws Exception {
        List<String> missing = new ArrayList<>();
        int endpoints = 0;
        for (Class<?> type : applicationClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (HTTP.stream().anyMatch(method::isAnnotationPresent)) {
                    endpoints++;
                    if (!hasRule(method) && !hasRule(type)) {
                        missing.add(type.getSimpleName() + "#" + method.getName());
                    }
                }
            }
        }
        assertThat(endpoints).isGreaterThan(5);
        assertThat(missing).as("endpoints without a security rule").isEmpty();
    }

    private static boolean hasRule(AnnotatedElement element) {
        return RULES.stream().anyMatch(element::isAnnotationPresent);
    }

    private static List<Class<?>> applicationClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(
                Roles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f ->
                            f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, EndpointRulesTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
