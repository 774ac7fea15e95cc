package io.providerportal.client;

/** A bad command line: reported with the usage text and exit status 2, before anything is sent. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
