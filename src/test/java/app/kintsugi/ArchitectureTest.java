package app.kintsugi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.ws.rs.POST;

import org.junit.jupiter.api.Test;

import io.quarkus.security.Authenticated;

import app.kintsugi.platform.idempotency.Idempotent;

/** Rules of the house that a reviewer should not have to check by eye. */
class ArchitectureTest {

    private static List<Class<?>> mainClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("app/kintsugi"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, ArchitectureTest.class.getClassLoader()));
            }
        }
        return classes;
    }

    private static boolean secured(java.lang.reflect.AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(Authenticated.class)
                || element.isAnnotationPresent(PermitAll.class) || element.isAnnotationPresent(DenyAll.class);
    }

    @Test
    void everyPostIsIdempotentAndEveryEndpointDeclaresItsAccess() throws Exception {
        List<String> violations = new ArrayList<>();
        for (Class<?> type : mainClasses()) {
            if (!type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPrivate(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                if (method.isAnnotationPresent(POST.class) && !method.isAnnotationPresent(Idempotent.class)) {
                    violations.add(type.getSimpleName() + "." + method.getName() + " is a POST without @Idempotent");
                }
                if (method.isAnnotationPresent(POST.class)
                        && method.getReturnType() != jakarta.ws.rs.core.Response.class) {
                    // The idempotency store keeps and replays a whole Response: status, headers and body.
                    violations
                            .add(type.getSimpleName() + "." + method.getName() + " is a POST not answering a Response");
                }
                if (!secured(method) && !secured(type)) {
                    violations.add(type.getSimpleName() + "." + method.getName() + " declares no access rule");
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void entitiesStayInsideTheirFeature() throws Exception {
        // Resources answer DTO records; an entity type in a public resource signature would leak the schema.
        List<String> violations = new ArrayList<>();
        for (Class<?> type : mainClasses()) {
            if (!type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.getReturnType().isAnnotationPresent(Entity.class)) {
                    violations.add(type.getSimpleName() + "." + method.getName() + " returns an entity");
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }
}
