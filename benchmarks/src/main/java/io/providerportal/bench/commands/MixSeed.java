package io.providerportal.bench.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.bench.Options;
import io.providerportal.bench.http.Accounts;
import io.providerportal.bench.http.Accounts.Registered;
import io.providerportal.bench.http.Portal;
import io.providerportal.bench.http.Portal.Reply;
import io.providerportal.bench.measure.Parallel;
import io.providerportal.bench.myvault.LoginItems;
import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Seeds the mix through the public API as a provider's people would: the operator creates the provider, its owner
 * registers with real key material, logs in and sets it up; then, per client, a client organization of its own, a
 * collection in it, two invited members and personal login items.
 */
final class MixSeed {

    /** The provider, its key and its owner's session; the owner's own key encrypts the personal items. */
    record Provider(UUID id, SymmetricKey key, String token, SymmetricKey userKey) {}

    /** Far more than a run's invitations per client (one in ten commands), so an invite never meets the limit. */
    private static final int SEATS = 10_000;

    private final Portal portal;
    private final Provider provider;
    private final int itemsPerClient;

    private MixSeed(Portal portal, Provider provider, int itemsPerClient) {
        this.portal = portal;
        this.provider = provider;
        this.itemsPerClient = itemsPerClient;
    }

    static MixSeed create(Portal portal, Options options, int itemsPerClient) {
        String operator = Accounts.operator(portal, options.operatorId(), options.operatorSecret());
        Registered owner = Accounts.register(portal, "MixOwner");
        UUID providerId = id(
                portal.post(
                                "/providers",
                                operator,
                                Map.of(
                                        "name",
                                        "Mix MSP",
                                        "businessName",
                                        "Mix MSP Ltd",
                                        "type",
                                        "MSP",
                                        "billingEmail",
                                        "billing@mix-msp.test",
                                        "ownerEmail",
                                        owner.account().email()))
                        .expect(201),
                "id");
        String token = Accounts.login(portal, owner.account());
        SymmetricKey providerKey = SymmetricKey.random();
        portal.post(
                        "/providers/" + providerId + "/setup",
                        token,
                        Map.of("key", Accounts.wrappedKey(owner.account(), providerKey)))
                .expect(204);
        return new MixSeed(
                portal,
                new Provider(providerId, providerKey, token, owner.account().userKey()),
                itemsPerClient);
    }

    /** Fresh fixtures for each run, so a later run does not start on organizations an earlier one grew. */
    List<MixClient> clients(int count) {
        MixClient[] clients = new MixClient[count];
        Parallel.run("mix clients seeded", 4, count, n -> clients[n] = client(n));
        return List.of(clients);
    }

    private MixClient client(int n) {
        String token = provider.token();
        SymmetricKey organizationKey = SymmetricKey.random();
        UUID organizationId = id(
                portal.post(
                                "/providers/" + provider.id() + "/clients",
                                token,
                                Map.of(
                                        "name",
                                        "Mix team " + n,
                                        "ownerEmail",
                                        email("owner"),
                                        "plan",
                                        "TEAMS",
                                        "seats",
                                        SEATS,
                                        "key",
                                        ClientCrypto.encrypt(provider.key(), organizationKey.toBytes()),
                                        "collectionName",
                                        ClientCrypto.encrypt(organizationKey, "Default collection")))
                        .expect(201),
                "id");
        String organization = "/organizations/" + organizationId;
        UUID collectionId = id(
                portal.post(
                                organization + "/collections",
                                token,
                                Map.of("name", ClientCrypto.encrypt(organizationKey, "Team " + n)))
                        .expect(201),
                "id");
        List<UUID> members = new ArrayList<>();
        portal.post(
                        organization + "/users/invite",
                        token,
                        Map.of("emails", List.of(email("member"), email("member")), "type", "USER"))
                .expect(200)
                .path("invited")
                .forEach(invitee -> members.add(id(invitee, "organizationUserId")));
        List<OwnItem> items = new ArrayList<>();
        for (int i = 0; i < itemsPerClient; i++) {
            Reply reply = portal.post("/items", token, LoginItems.login(provider.userKey(), i, null, null));
            items.add(new OwnItem(id(reply.expect(201), "id"), reply.position()));
        }
        return new MixClient(portal, provider, n, organizationId, collectionId, members, items);
    }

    private static String email(String who) {
        return who + "-" + UUID.randomUUID() + "@mix.test";
    }

    private static UUID id(JsonNode answer, String field) {
        return UUID.fromString(answer.path(field).asText());
    }
}
