package app.kintsugi.platform.problem;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Translates Bean Validation property paths into the pointers and codes of {@link Problem.FieldError}. */
final class BeanValidationPaths {

    private BeanValidationPaths() {
    }

    /**
     * {@code update.arg0.displayName} (method, parameter, property) becomes {@code /displayName}; a violated query
     * parameter keeps its plain name.
     */
    static String pointer(Path path) {
        List<String> segments = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    segments.add(String.valueOf(node.getIndex()));
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    segments.add(node.getName());
                }
            }
        }
        if (segments.isEmpty()) {
            return parameter == null ? "" : parameter;
        }
        return "/" + String.join("/", segments);
    }

    static String code(ConstraintViolation<?> violation) {
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        // NotBlank -> not-blank: stable, readable and independent of the message locale.
        return annotation.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
