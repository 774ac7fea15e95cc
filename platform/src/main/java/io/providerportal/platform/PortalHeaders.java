package io.providerportal.platform;

/** Headers of the read-your-writes protocol between the two sides. */
public final class PortalHeaders {

    /** On a command response: the global position of the last event the command produced. */
    public static final String POSITION = "Portal-Position";
    /** On a query: wait (bounded) until the read models have processed this position before answering. */
    public static final String MIN_POSITION = "Portal-Min-Position";

    private PortalHeaders() {}
}
