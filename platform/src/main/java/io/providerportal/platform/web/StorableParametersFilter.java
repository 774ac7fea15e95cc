package io.providerportal.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.platform.validation.StorableText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@link StorableText} for query and form parameters, as {@code StorableTextModule} is for JSON bodies: a request
 * with a parameter that breaks it is answered 400 naming the parameter, before any controller reads it.
 */
@Component
class StorableParametersFilter extends OncePerRequestFilter {

    private final ObjectMapper objectMapper;

    StorableParametersFilter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> unstorable = request.getParameterMap().entrySet().stream()
                .filter(parameter -> !StorableText.isStorable(parameter.getKey())
                        || Arrays.stream(parameter.getValue()).anyMatch(value -> !StorableText.isStorable(value)))
                .map(Map.Entry::getKey)
                .findFirst();
        if (unstorable.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Problems.write(
                response,
                objectMapper,
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "invalid-request",
                        "The request has invalid parameters.",
                        List.of(new Problems.FieldError(
                                StorableText.isStorable(unstorable.get()) ? unstorable.get() : "parameter",
                                StorableText.REASON))));
    }
}
