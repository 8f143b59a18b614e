package app.kintsugi.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import app.kintsugi.platform.problem.Problems;

/**
 * No id, slug or date of this API holds a control character or half of a surrogate pair, so a path segment that does
 * names nothing: it answers 404 before any lookup, instead of reaching the database, which refuses a NUL outright.
 */
class PathGuard {

    @ServerRequestFilter(preMatching = true)
    void refuseImpossiblePaths(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(true);
        if (impossible(path)) {
            throw Problems.notFound("Nothing exists at this address.");
        }
    }

    static boolean impossible(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (Character.isISOControl(c)) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= path.length() || !Character.isLowSurrogate(path.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
