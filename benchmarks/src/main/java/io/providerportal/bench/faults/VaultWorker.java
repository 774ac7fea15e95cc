package io.providerportal.bench.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.providerportal.bench.faults.RetryingWriter.Sent;
import io.providerportal.bench.http.Portal;
import io.providerportal.client.ClientCrypto;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * One user's client working in their own vault, one request after another: creates login items, flips their
 * favourite flag, and reads an item before updating it with the revision it read. Now and then it reads its
 * whole vault and checks it against every answer it got. Its writes go to items of this phase only, so each
 * write belongs to one phase.
 */
final class VaultWorker implements Runnable {

    private final Phase phase;
    private final int phaseNumber;
    private final VaultUser user;
    private final Device device;
    private final RetryingWriter writer;
    private final Reads reads;
    private final Pacer pacer;
    private final List<KnownItem> ownItems = new ArrayList<>();
    private final Random random;

    VaultWorker(
            Phase phase,
            int phaseNumber,
            VaultUser user,
            Device device,
            RetryingWriter writer,
            Reads reads,
            Pacer pacer,
            long seed) {
        this.phase = phase;
        this.phaseNumber = phaseNumber;
        this.user = user;
        this.device = device;
        this.writer = writer;
        this.reads = reads;
        this.pacer = pacer;
        this.random = new Random(seed);
    }

    @Override
    public void run() {
        for (int n = 1; phase.running(); n++) {
            create(n);
            pick().ifPresent(this::toggle);
            if (n % 2 == 0) {
                pick().ifPresent(this::readThenUpdate);
            }
            if (n % 10 == 0) {
                readVault();
            }
        }
    }

    private void create(int n) {
        String name = "item " + phaseNumber + "-" + n + " of " + device.user().email();
        String encryptedName = encrypt(name);
        pacer.await();
        Sent sent = writer.send(
                phase,
                WriteKind.ITEM_CREATED,
                encryptedName,
                null,
                "POST",
                "/items",
                device.token(),
                body(encryptedName, false, null));
        if (!sent.write().acknowledged()) {
            return;
        }
        UUID id = id(sent.reply().json(), "POST /items");
        if (id != null) {
            sent.write().created(id);
            KnownItem item = new KnownItem(id, name, sent.write().position());
            user.add(item);
            ownItems.add(item);
        }
    }

    private void toggle(KnownItem item) {
        boolean value = !item.favourite();
        pacer.await();
        Sent sent = writer.send(
                phase,
                WriteKind.FAVOURITE_SET,
                Boolean.toString(value),
                item.id(),
                "PUT",
                "/items/" + item.id() + "/partial",
                device.token(),
                json(Map.of("favorite", value)));
        if (sent.write().acknowledged()) {
            item.favourited(value, sent.write().position());
        } else {
            item.lost();
        }
    }

    /** The update needs the revision the item is at: read it (with the item's last position), then send it back. */
    private void readThenUpdate(KnownItem item) {
        String path = "/items/" + item.id();
        reads.get(phase, path, device.token(), item.position()).ifPresent(answer -> {
            JsonNode read = answer.json();
            if (!answer.reached()) {
                // Older than the client's last write, so only what any answer must be: a name that opens.
                String name = decryptName(read, "GET " + path);
                if (name != null && !item.wasNamed(name)) {
                    phase.wrongAnswer("GET " + path + " shows the name " + name + ", never sent for item " + item.id());
                }
                return;
            }
            if (!matches(read, item, path)) {
                return;
            }
            String newName = item.name().replaceFirst(" v\\d+$", "") + " v" + (random.nextInt(1_000_000));
            String encryptedName = encrypt(newName);
            item.renaming(newName);
            pacer.await();
            Sent sent = writer.send(
                    phase,
                    WriteKind.ITEM_UPDATED,
                    encryptedName,
                    item.id(),
                    "PUT",
                    path,
                    device.token(),
                    body(
                            encryptedName,
                            item.favourite(),
                            read.path("revisionDate").asText()));
            if (sent.write().acknowledged()) {
                item.renamed(newName, sent.write().position());
            } else {
                item.lost();
            }
        });
    }

    /** My Vault after every write of this user: every acknowledged item there, as last acknowledged. */
    private void readVault() {
        List<KnownItem> known = user.items();
        long position = known.stream().mapToLong(KnownItem::position).max().orElse(-1);
        reads.get(phase, "/vault?personal=true", device.token(), position).ifPresent(answer -> {
            Map<UUID, JsonNode> shown = new HashMap<>();
            for (JsonNode entry : answer.json().path("items")) {
                UUID id = id(entry, "GET /vault");
                if (id == null) {
                    return;
                }
                shown.put(id, entry);
            }
            if (!answer.reached()) {
                return;
            }
            for (KnownItem item : known) {
                JsonNode entry = shown.get(item.id());
                if (entry == null) {
                    phase.wrongAnswer("GET /vault at position " + position + " lacks item " + item.id() + " created at "
                            + item.createdAt());
                } else if (!item.uncertain()) {
                    matches(entry, item, "GET /vault");
                }
            }
        });
    }

    /** The answer shows the item exactly as the last acknowledged write left it. */
    private boolean matches(JsonNode entry, KnownItem item, String what) {
        String name = decryptName(entry, what);
        if (name == null) {
            return false;
        }
        if (!item.id().toString().equals(entry.path("id").asText())
                || !name.equals(item.name())
                || entry.path("favorite").asBoolean() != item.favourite()
                || !entry.path("revisionDate").isTextual()) {
            phase.wrongAnswer(what + " shows item " + item.id() + " as " + name + ", favorite "
                    + entry.path("favorite") + "; the client last wrote " + item.name() + ", favorite "
                    + item.favourite());
            return false;
        }
        return true;
    }

    private String decryptName(JsonNode entry, String what) {
        try {
            return ClientCrypto.decryptToString(
                    device.userKey(), entry.path("data").path("name").asText());
        } catch (RuntimeException e) {
            phase.wrongAnswer(what + ": item " + entry.path("id").asText() + " has a name that does not open ("
                    + e.getMessage() + ")");
            return null;
        }
    }

    private UUID id(JsonNode answer, String what) {
        try {
            return UUID.fromString(answer.path("id").asText());
        } catch (IllegalArgumentException e) {
            phase.wrongAnswer(what + ": an answer without an id: " + answer);
            return null;
        }
    }

    private Optional<KnownItem> pick() {
        List<KnownItem> certain = ownItems.stream().filter(i -> !i.uncertain()).toList();
        return certain.isEmpty() ? Optional.empty() : Optional.of(certain.get(random.nextInt(certain.size())));
    }

    private String encrypt(String text) {
        return ClientCrypto.encrypt(device.userKey(), text);
    }

    /** A login item, every field under the user key; the revision read last when it is an update. */
    private byte[] body(String encryptedName, boolean favourite, String lastKnownRevisionDate) {
        ObjectNode body = Portal.json()
                .createObjectNode()
                .put("type", "LOGIN")
                .put("name", encryptedName)
                .put("favorite", favourite)
                .put("reprompt", false);
        ObjectNode login = body.putObject("login");
        login.put("username", encrypt("user-" + random.nextInt(1_000_000)));
        login.put("password", encrypt(UUID.randomUUID().toString()));
        login.putArray("uris").addObject().put("uri", encrypt("https://site" + random.nextInt(1000) + ".test"));
        if (lastKnownRevisionDate != null) {
            body.put("lastKnownRevisionDate", lastKnownRevisionDate);
        }
        return json(body);
    }

    static byte[] json(Object value) {
        try {
            return Portal.json().writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
