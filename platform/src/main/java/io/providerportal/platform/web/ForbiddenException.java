package io.providerportal.platform.web;

/** The caller is known to the tenant but lacks the role for this action. */
public final class ForbiddenException extends PortalException {

    public ForbiddenException(String code, String message) {
        super(code, null, message);
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.FORBIDDEN;
    }
}
