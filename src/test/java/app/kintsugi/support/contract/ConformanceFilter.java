package app.kintsugi.support.contract;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/** Hands every exchange a test makes through RestAssured to {@link Conformance}. */
public final class ConformanceFilter implements Filter {

    static final ConformanceFilter INSTANCE = new ConformanceFilter();

    private ConformanceFilter() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        if (Conformance.suspended()) {
            return response;
        }
        Object body = request.getBody();
        String requestBody = body == null
                ? null
                : body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : body.toString();
        Conformance.check(new Conformance.Exchange(request.getMethod(), URI.create(request.getURI()),
                request.getContentType(), requestBody, response.getStatusCode(), response.getContentType(),
                response.asString(), response::getHeader));
        return response;
    }
}
