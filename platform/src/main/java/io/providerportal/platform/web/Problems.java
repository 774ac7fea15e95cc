package io.providerportal.platform.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the one RFC 9457 shape every rejection takes: a stable {@code code} and, for bad input, the fields. */
public final class Problems {

    private Problems() {
    }

    /** One field of the request and why it was refused. */
    public record FieldError(String field, String reason) {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:provider-portal:problem:" + code));
        problem.setProperty("code", code);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public static ProblemDetail of(PortalException e) {
        List<FieldError> errors = e.field() == null ? List.of() : List.of(new FieldError(e.field(), e.getMessage()));
        return of(e.category().status(), e.code(), e.getMessage(), errors);
    }
}
