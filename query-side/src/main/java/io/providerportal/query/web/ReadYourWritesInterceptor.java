package io.providerportal.query.web;

import io.providerportal.platform.PortalHeaders;
import io.providerportal.platform.web.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Honours {@link PortalHeaders#MIN_POSITION} on a query: holds the request (at most {@code maxWait}) until the
 * read models have processed that position. The answer says in {@code Portal-Position-Reached} whether they did.
 */
@Component
class ReadYourWritesInterceptor implements HandlerInterceptor {

    static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private final ProcessedPositions positions;

    ReadYourWritesInterceptor(ProcessedPositions positions) {
        this.positions = positions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String header = request.getHeader(PortalHeaders.MIN_POSITION);
        if (header != null) {
            long position = parse(header);
            response.setHeader("Portal-Position-Reached", Boolean.toString(positions.await(position, MAX_WAIT)));
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
