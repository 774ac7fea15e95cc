package io.providerportal.query.web;

import io.providerportal.platform.PortalHeaders;
import io.providerportal.platform.web.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Honours {@link PortalHeaders#MIN_POSITION} on a query: holds the request (at most {@code maxWait}) until the
 * read models it reads ({@link ReadsFrom}) have processed that position. The answer says in
 * {@code Portal-Position-Reached} whether they did. The bound is {@code portal.read-your-writes.max-wait} (5 s).
 */
@Component
class ReadYourWritesInterceptor implements HandlerInterceptor {

    private final ProcessedPositions positions;
    private final Duration maxWait;

    ReadYourWritesInterceptor(
            ProcessedPositions positions, @Value("${portal.read-your-writes.max-wait:PT5S}") Duration maxWait) {
        this.positions = positions;
        this.maxWait = maxWait;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String header = request.getHeader(PortalHeaders.MIN_POSITION);
        if (header != null) {
            long position = parse(header);
            boolean reached = positions.await(position, readModels(handler), maxWait);
            response.setHeader("Portal-Position-Reached", Boolean.toString(reached));
        }
        return true;
    }

    /** The processors the handler reads from, or null for all of them. */
    static Set<String> readModels(Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return null;
        }
        ReadsFrom readsFrom = method.getMethodAnnotation(ReadsFrom.class);
        if (readsFrom == null) {
            readsFrom = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), ReadsFrom.class);
        }
        return readsFrom == null ? null : Set.of(readsFrom.value());
    }

    private static long parse(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("invalid-position", PortalHeaders.MIN_POSITION, "must be a number");
        }
    }
}
