package io.providerportal.client;

/**
 * A command that cannot go on although the server answered fine, such as a member who is not in the list or a key
 * the caller was never given: exit status 1. Messages name what is missing, never key material.
 */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message);
    }
}
