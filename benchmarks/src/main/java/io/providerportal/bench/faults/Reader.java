package io.providerportal.bench.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.client.UnlockedKeys;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Second devices of the users, reading all the time while the others write: each user's My Vault and the first page
 * of the provider's dashboard. Every answer must parse, every name and key in it must open with the keys this device
 * took from the server, every name must be one its owner sent, and an answer that reached a position must show
 * everything acknowledged up to it. Failed reads are counted, and the next read follows after a short pause.
 */
final class Reader implements Runnable {

    private static final long PAUSE_AFTER_FAILURE_MILLIS = 100;

    private final Phase phase;
    private final Map<VaultUser, Device> vaultDevices;
    private final Provider provider;
    private final Device owner;
    private final SymmetricKey providerKey;
    private final Reads reads;

    Reader(
            Phase phase,
            Map<VaultUser, Device> vaultDevices,
            Provider provider,
            Device owner,
            SymmetricKey providerKey,
            Reads reads) {
        this.phase = phase;
        this.vaultDevices = vaultDevices;
        this.provider = provider;
        this.owner = owner;
        this.providerKey = providerKey;
        this.reads = reads;
    }

    @Override
    public void run() {
        while (phase.running()) {
            vaultDevices.forEach((user, device) -> {
                if (phase.running() && !readVault(user, device)) {
                    RetryingWriter.pause(PAUSE_AFTER_FAILURE_MILLIS);
                }
            });
            if (phase.running() && !readDashboard()) {
                RetryingWriter.pause(PAUSE_AFTER_FAILURE_MILLIS);
            }
        }
    }

    private boolean readVault(VaultUser user, Device device) {
        List<KnownItem> acknowledged = user.items();
        long position =
                acknowledged.stream().mapToLong(KnownItem::createdAt).max().orElse(-1);
        return reads.get(phase, "/vault?personal=true", device.token(), position)
                .map(answer -> {
                    Set<UUID> shown = new HashSet<>();
                    for (JsonNode entry : answer.json().path("items")) {
                        UUID id = parse(entry.path("id").asText());
                        String name = name(device, entry);
                        if (id == null || name == null) {
                            return true;
                        }
                        KnownItem item = user.item(id);
                        if (item != null && !item.wasNamed(name)) {
                            phase.wrongAnswer(
                                    "GET /vault shows item " + id + " named " + name + ", a name never sent for it");
                        }
                        shown.add(id);
                    }
                    if (answer.reached()) {
                        for (KnownItem item : acknowledged) {
                            if (!shown.contains(item.id())) {
                                phase.wrongAnswer("GET /vault at position " + position + " lacks item " + item.id());
                            }
                        }
                    }
                    return true;
                })
                .orElse(false);
    }

    private boolean readDashboard() {
        String path = "/providers/" + provider.id() + "/clients?sort=name&limit=50";
        return reads.get(phase, path, owner.token(), -1)
                .map(answer -> {
                    for (JsonNode row : answer.json().path("data")) {
                        UUID id = parse(row.path("organizationId").asText());
                        if (id == null) {
                            return true;
                        }
                        KnownClient client = provider.client(id);
                        try {
                            UnlockedKeys.open(providerKey, row.path("key").asText());
                        } catch (RuntimeException e) {
                            phase.wrongAnswer("dashboard row "
                                    + row.path("organizationId").asText() + ": its key does not open (" + e.getMessage()
                                    + ")");
                            continue;
                        }
                        int taken = row.path("occupiedSeats").asInt(-1);
                        if (client != null
                                && (!client.name().equals(row.path("name").asText())
                                        || row.path("seats").asInt() != KnownClient.SEATS
                                        || taken > client.seatsSent())) {
                            phase.wrongAnswer("dashboard shows " + row + "; the client created " + client.name()
                                    + " with " + KnownClient.SEATS + " seats and sent " + (client.seatsSent() - 1)
                                    + " invitations");
                        }
                    }
                    return true;
                })
                .orElse(false);
    }

    private String name(Device device, JsonNode entry) {
        try {
            return ClientCrypto.decryptToString(
                    device.userKey(), entry.path("data").path("name").asText());
        } catch (RuntimeException e) {
            phase.wrongAnswer("GET /vault: item " + entry.path("id").asText() + " has a name that does not open ("
                    + e.getMessage() + ")");
            return null;
        }
    }

    private UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            phase.wrongAnswer("an answer with an id that is no id: " + id);
            return null;
        }
    }
}
