package io.providerportal.platform.web;

/** The request is well-formed but a business rule forbids it. */
public final class RuleViolationException extends PortalException {

    public RuleViolationException(String code, String field, String message) {
        super(code, field, message);
    }

    public RuleViolationException(String code, String message) {
        this(code, null, message);
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.RULE_VIOLATION;
    }
}
