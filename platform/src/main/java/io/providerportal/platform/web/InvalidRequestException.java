package io.providerportal.platform.web;

/** A request parameter or field is malformed or out of range; answered 400 with the field. */
public final class InvalidRequestException extends PortalException {

    public InvalidRequestException(String code, String field, String message) {
        super(code, field, message);
    }

    @Override
    public ErrorCategory category() {
        return ErrorCategory.INVALID_REQUEST;
    }
}
