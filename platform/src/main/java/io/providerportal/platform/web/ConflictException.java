package io.providerportal.platform.web;

/** The request clashes with the current state (stale revision, duplicate, concurrent change). */
public final class ConflictException extends PortalException {

    public ConflictException(String code, String message) {
        super(code, null, message);
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.CONFLICT;
    }
}
