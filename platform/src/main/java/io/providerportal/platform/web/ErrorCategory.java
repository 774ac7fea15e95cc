package io.providerportal.platform.web;

import org.springframework.http.HttpStatus;

/** The kinds of rejection and the status each one is answered with. */
public enum ErrorCategory {
    INVALID_REQUEST(HttpStatus.BAD_REQUEST),
    NOT_FOUND(HttpStatus.NOT_FOUND),
    RULE_VIOLATION(HttpStatus.UNPROCESSABLE_ENTITY),
    CONFLICT(HttpStatus.CONFLICT),
    FORBIDDEN(HttpStatus.FORBIDDEN);

    private final HttpStatus status;

    ErrorCategory(HttpStatus status) {
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
