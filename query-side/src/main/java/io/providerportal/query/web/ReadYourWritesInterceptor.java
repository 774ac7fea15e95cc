package io.providerportal.query.web;

import io.providerportal.platform.PortalHeaders;
import io.providerportal.platform.web.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Honours {@link PortalHeaders#MIN_POSITION} on a query: holds the request (at most {@code maxWait}) until the
 * read models have processed that position. The answer says in {@code Portal-Position-Reached} whether they did.
 * The bound is {@code portal.read-your-writes.max-wait} (5 s).
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
            response.setHeader("Portal-Position-Reached", Boolean.toString(positions.await(position, maxWait)));
        }
        return true;
    }

    private static long parse(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("invalid-position", PortalHeaders.MIN_POSITION, "must be a number");
        }
    }
}
