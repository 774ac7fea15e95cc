package io.providerportal.events.provider;

/** The kinds of provider members: Bitwarden's two, and a read-only technician. */
public enum ProviderUserType {
    /** Manages the provider itself, its members and clients. */
    PROVIDER_ADMIN,
    /** Administers every client organization, nothing provider-wide. */
    SERVICE_USER,
    /** Sees what a Service User sees of the clients, and changes nothing. */
    TECHNICIAN
}
