package io.providerportal.bench.commands;

import java.util.List;

/** The commands of the mix and the fixed cycle of ten in which every client sends them. */
enum MixKind {
    FAVOURITE("favourite toggle: PUT /items/{id}/partial"),
    ITEM_CREATE("item create: POST /items"),
    ITEM_UPDATE("item update: PUT /items/{id}"),
    COLLECTION_ACCESS("access change: PUT /organizations/../access"),
    MEMBER_INVITE("invite: POST /organizations/{id}/users/invite"),
    CLIENT_CREATE("client create: POST /providers/{id}/clients");

    /** Per ten commands: 4 toggles, 1 create, 2 updates, 1 access change, 1 invite, 1 client; kinds spread out. */
    private static final List<MixKind> CYCLE = List.of(
            FAVOURITE,
            ITEM_UPDATE,
            FAVOURITE,
            COLLECTION_ACCESS,
            FAVOURITE,
            ITEM_CREATE,
            MEMBER_INVITE,
            FAVOURITE,
            ITEM_UPDATE,
            CLIENT_CREATE);

    private final String label;

    MixKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Each client starts at its own place in the cycle, so the kinds do not arrive in waves at the start. */
    static MixKind at(int client, long iteration) {
        return CYCLE.get((int) ((client + iteration) % CYCLE.size()));
    }
}
