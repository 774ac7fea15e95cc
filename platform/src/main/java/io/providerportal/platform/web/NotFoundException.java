package io.providerportal.platform.web;

/** The resource does not exist, or exists in a tenant the caller may not know about. */
public final class NotFoundException extends PortalException {

    public NotFoundException(String code, String message) {
        super(code, null, message);
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.NOT_FOUND;
    }
}
