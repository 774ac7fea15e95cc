package io.providerportal.platform.web;

import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;

/**
 * A rejection the caller must see: each subtype is one category with one HTTP status, and every instance has a
 * stable {@code code} (and the request field it concerns, if any) so that clients can act on it.
 */
public abstract sealed class PortalException extends RuntimeException
        permits InvalidRequestException,
                NotFoundException,
                RuleViolationException,
                ConflictException,
                ForbiddenException {

    private final String code;
    private final String field;

    PortalException(String code, String field, String message) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    /** The request field the rejection concerns, or {@code null}. */
    public String field() {
        return field;
    }

    public abstract ErrorCategory category();

    public ErrorDetails details() {
        return new ErrorDetails(category(), code, field, getMessage());
    }

    /** The rejection behind a failure, whether thrown here or carried as details across a command bus. */
    public static Optional<PortalException> causeOf(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof PortalException portal) {
                return Optional.of(portal);
            }
            if (current instanceof CommandExecutionException execution) {
                Optional<ErrorDetails> details = execution
                        .getDetails()
                        .filter(ErrorDetails.class::isInstance)
                        .map(ErrorDetails.class::cast);
                if (details.isPresent()) {
                    return details.map(PortalException::of);
                }
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Rebuilds an exception from details that crossed a command bus. */
    public static PortalException of(ErrorDetails details) {
        return switch (details.category()) {
            case INVALID_REQUEST -> new InvalidRequestException(details.code(), details.field(), details.message());
            case NOT_FOUND -> new NotFoundException(details.code(), details.message());
            case RULE_VIOLATION -> new RuleViolationException(details.code(), details.field(), details.message());
            case CONFLICT -> new ConflictException(details.code(), details.message());
            case FORBIDDEN -> new ForbiddenException(details.code(), details.message());
        };
    }
}
