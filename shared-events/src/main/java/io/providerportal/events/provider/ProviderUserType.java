package io.providerportal.events.provider;

/** The two kinds of provider members. */
public enum ProviderUserType {
    /** Manages the provider itself, its members and clients. */
    PROVIDER_ADMIN,
    /** Administers every client organization, nothing provider-wide. */
    SERVICE_USER
}
