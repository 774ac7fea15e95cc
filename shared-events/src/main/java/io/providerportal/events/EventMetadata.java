package io.providerportal.events;

/** Keys of the metadata every command and event carries, read by the audit log and the auditor's history. */
public final class EventMetadata {

    /** Id of the user or ops client that issued the command. */
    public static final String ACTOR_ID = "actorId";
    /** {@code USER} or {@code SERVICE_CLIENT}. */
    public static final String ACTOR_TYPE = "actorType";
    /** The address the request came from, as the server saw it. */
    public static final String IP_ADDRESS = "ipAddress";
    /** The client's device type (Bitwarden's {@code Device-Type} header), when it sent one. */
    public static final String DEVICE_TYPE = "deviceType";
    /** Ties together every message caused by one request (Axon's own correlation key). */
    public static final String CORRELATION_ID = "correlationId";

    private EventMetadata() {}
}
