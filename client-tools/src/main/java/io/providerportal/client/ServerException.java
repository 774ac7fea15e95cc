package io.providerportal.client;

/**
 * The server refused a request: its status and its body (an RFC 9457 problem, which holds no secrets) are printed
 * to stderr and the command exits with status 1.
 */
final class ServerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String body;

    ServerException(String what, int status, String body) {
        super(what + " failed with HTTP " + status);
        this.status = status;
        this.body = body;
    }

    int status() {
        return status;
    }

    String body() {
        return body;
    }
}
