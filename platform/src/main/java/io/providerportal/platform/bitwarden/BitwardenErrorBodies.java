package io.providerportal.platform.bitwarden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Refusals on the Bitwarden clients' API in the body they read, {@code {message, validationErrors, object:
 * "error"}}, instead of problem+json. A permission problem of a logged-in user answers 400, not 403: the clients
 * take a 401 or 403 for a dead session and log out. A conflict (an edit of a stale revision) answers 400 too, as
 * Bitwarden's server does. A missing or expired token keeps its 401, which makes them refresh it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BitwardenErrorBodies extends OncePerRequestFilter {

    private final ObjectMapper json;

    BitwardenErrorBodies(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        } finally {
            String type = answer.getContentType();
            if (type != null
                    && type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    && answer.getContentSize() > 0) {
                rewrite(answer);
            }
            answer.copyBodyToResponse();
        }
    }

    private void rewrite(ContentCachingResponseWrapper answer) throws IOException {
        JsonNode problem = json.readTree(answer.getContentAsByteArray());
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (JsonNode error : problem.path("errors")) {
            fields.computeIfAbsent(error.path("field").asText(), f -> new ArrayList<>())
                    .add(error.path("reason").asText());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "message",
                fields.isEmpty()
                        ? problem.path("detail").asText("An error has occurred.")
                        : "The model state is invalid.");
        body.put("validationErrors", fields.isEmpty() ? null : fields);
        body.put("exceptionMessage", null);
        body.put("exceptionStackTrace", null);
        body.put("innerExceptionMessage", null);
        body.put("object", "error");
        answer.resetBuffer();
        if (answer.getStatus() == HttpStatus.FORBIDDEN.value() || answer.getStatus() == HttpStatus.CONFLICT.value()) {
            answer.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        answer.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(answer.getOutputStream(), body);
    }
}
