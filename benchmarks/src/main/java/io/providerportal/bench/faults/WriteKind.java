package io.providerportal.bench.faults;

/** The commands of the load, each with the event it must leave in the store exactly once. */
enum WriteKind {
    ITEM_CREATED("POST /items", "io.providerportal.events.vault.VaultItemCreated"),
    ITEM_UPDATED("PUT /items/{id}", "io.providerportal.events.vault.VaultItemUpdated"),
    FAVOURITE_SET("PUT /items/{id}/partial", "io.providerportal.events.vault.VaultItemFavoriteSet"),
    CLIENT_CREATED("POST /providers/{id}/clients", "io.providerportal.events.organization.ClientOrganizationCreated"),
    MEMBER_INVITED(
            "POST /organizations/{id}/users/invite", "io.providerportal.events.organization.OrganizationUserInvited");

    private final String request;
    private final String eventType;

    WriteKind(String request, String eventType) {
        this.request = request;
        this.eventType = eventType;
    }

    String request() {
        return request;
    }

    /** The payload type Axon stores for the event this command produces. */
    String eventType() {
        return eventType;
    }
}
