package io.providerportal.events.provider;

/** What a provider does: a managed service provider administers its clients; a reseller only bills them. */
public enum ProviderType {
    MSP,
    RESELLER
}
