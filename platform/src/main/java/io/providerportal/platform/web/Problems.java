package io.providerportal.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Builds the one RFC 9457 shape every rejection takes: a stable {@code code} and, for bad input, the fields. */
public final class Problems {

    private Problems() {}

    /** One field of the request and why it was refused. */
    public record FieldError(String field, String reason) {}

    public static ProblemDetail of(HttpStatusCode status, String code, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:provider-portal:problem:" + code));
        problem.setProperty("code", code);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** Answers with the problem from outside Spring MVC (a filter), where no message converter writes it. */
    public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    public static ProblemDetail of(PortalException e) {
        List<FieldError> errors = e.field() == null ? List.of() : List.of(new FieldError(e.field(), e.getMessage()));
        return of(e.category().status(), e.code(), e.getMessage(), errors);
    }
}
