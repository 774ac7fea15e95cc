package io.providerportal.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body larger than {@code portal.web.max-request-body} (2 MB unless set) with 413, before anything parses
 * it: by its declared length, or, for a body sent without one, after reading at most one byte past the limit. Form
 * bodies are left to the servlet container's own limit, as it parses them itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final ObjectMapper objectMapper;
    private final int limit;

    BodySizeLimitFilter(ObjectMapper objectMapper, @Value("${portal.web.max-request-body:2MB}") DataSize limit) {
        this.objectMapper = objectMapper;
        this.limit = (int) limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            refuse(response);
            return;
        }
        boolean unsized = request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
        if (unsized && !MediaType.APPLICATION_FORM_URLENCODED_VALUE.equals(request.getContentType())) {
            BufferedRequest buffered = new BufferedRequest(request, limit);
            if (buffered.size() > limit) {
                refuse(response);
                return;
            }
            chain.doFilter(buffered, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response) throws IOException {
        Problems.write(
                response,
                objectMapper,
                Problems.of(
                        HttpStatus.PAYLOAD_TOO_LARGE,
                        "request-too-large",
                        "The request body is larger than " + limit + " bytes.",
                        List.of(new Problems.FieldError("body", "must be at most " + limit + " bytes"))));
    }
}
