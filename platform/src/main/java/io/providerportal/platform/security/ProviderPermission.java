package io.providerportal.platform.security;

/** What can be done to a provider or through it; {@link ProviderPolicy} says who may. */
public enum ProviderPermission {
    /** See the provider's profile. */
    VIEW_PROVIDER,
    /** See the client list (the dashboard). */
    LIST_CLIENTS,
    /** Administer every client organization of the provider. */
    ADMINISTER_CLIENTS,
    /** Edit the provider's profile. */
    EDIT_PROFILE,
    /** Invite, confirm, re-type and remove provider members; see the member list. */
    MANAGE_MEMBERS,
    /** Create, add and unlink client organizations. */
    MANAGE_CLIENTS,
    /** Set the default policies of all client organizations. */
    MANAGE_POLICIES,
    /** Read the provider's event log. */
    VIEW_EVENT_LOG,
    /** Enable or disable the provider. */
    CHANGE_STATUS
}
