package app.kintsugi.platform.http;

import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers 415 to a body the operation would not read as what it is: one without a {@code Content-Type}, or with a
 * wildcard one such as {@code *}{@code /*}, which the REST layer would otherwise read as JSON; and one sent to an
 * operation that takes none, which would otherwise be ignored. Either way the client learns that the server did not
 * read what it sent.
 */
class BodyGuard {

    @ServerRequestFilter
    void refuseUnreadBodies(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() == null || !carriesBody(request)) {
            return;
        }
        String method = request.getMethod();
        if (!method.equals("POST") && !method.equals("PUT") && !method.equals("PATCH")) {
            return;
        }
        // Every operation of this API that takes a body says in @Consumes which media type it reads.
        boolean reads = resource.getResourceMethod().isAnnotationPresent(Consumes.class);
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (!reads || type == null || type.isBlank() || type.split(";")[0].contains("*")) {
            throw new WebApplicationException(415);
        }
    }

    private static boolean carriesBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        String encoding = request.getHeaderString("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }
}
