package io.providerportal.bench.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.bench.faults.RetryingWriter.Sent;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.client.PortalClient;
import io.providerportal.client.UnlockedKeys;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The provider owner's client, one request after another: creates client organizations (each with a new key wrapped
 * under the provider key) and invites members into them, and now and then finds the newest one on the dashboard
 * and checks it against the answers it got.
 */
final class ProviderWorker implements Runnable {

    private final Phase phase;
    private final int phaseNumber;
    private final String runTag;
    private final Provider provider;
    private final Device owner;
    private final SymmetricKey providerKey;
    private final RetryingWriter writer;
    private final Reads reads;
    private final Pacer pacer;
    private KnownClient current;

    ProviderWorker(
            Phase phase,
            int phaseNumber,
            String runTag,
            Provider provider,
            Device owner,
            SymmetricKey providerKey,
            RetryingWriter writer,
            Reads reads,
            Pacer pacer) {
        this.phase = phase;
        this.phaseNumber = phaseNumber;
        this.runTag = runTag;
        this.provider = provider;
        this.owner = owner;
        this.providerKey = providerKey;
        this.writer = writer;
        this.reads = reads;
        this.pacer = pacer;
    }

    @Override
    public void run() {
        for (int n = 1; phase.running(); n++) {
            if (current == null || current.full() || current.uncertain()) {
                create(n);
            } else {
                invite(current, n);
            }
            if (n % 5 == 0 && current != null && !current.uncertain()) {
                findOnDashboard(current);
            }
        }
    }

    private void create(int n) {
        String name = "Fault " + runTag + " " + phaseNumber + "-" + n;
        String body = PortalClient.newClientJson(
                providerKey, name, "owner-" + n + "-" + UUID.randomUUID() + "@faults.test", "TEAMS", KnownClient.SEATS);
        pacer.await();
        Sent sent = writer.send(
                phase,
                WriteKind.CLIENT_CREATED,
                name,
                null,
                "POST",
                "/providers/" + provider.id() + "/clients",
                owner.token(),
                body.getBytes(StandardCharsets.UTF_8));
        current = null;
        if (!sent.write().acknowledged()) {
            return;
        }
        try {
            UUID id = UUID.fromString(sent.reply().json().path("id").asText());
            sent.write().created(id);
            current = new KnownClient(id, name, sent.write().position());
            provider.add(current);
        } catch (IllegalArgumentException e) {
            phase.wrongAnswer("POST /providers/{id}/clients: an answer without an id: "
                    + sent.reply().json());
        }
    }

    private void invite(KnownClient client, int n) {
        String email = "member-" + phaseNumber + "-" + n + "-" + UUID.randomUUID() + "@faults.test";
        client.inviting();
        pacer.await();
        Sent sent = writer.send(
                phase,
                WriteKind.MEMBER_INVITED,
                email,
                client.id(),
                "POST",
                "/organizations/" + client.id() + "/users/invite",
                owner.token(),
                VaultWorker.json(Map.of("emails", List.of(email), "type", "USER")));
        if (!sent.write().acknowledged()) {
            client.lost();
            return;
        }
        JsonNode invited = sent.reply().json().path("invited");
        if (invited.size() != 1 || !email.equals(invited.get(0).path("email").asText())) {
            phase.wrongAnswer(sent.write() + (sent.write().replayed() ? ", replayed" : ", not replayed") + ": answered "
                    + sent.reply().json() + " for the invitation of " + email);
        }
        client.invited(sent.write().position());
    }

    /** The dashboard after every write of this client: the organization there, with every seat it has taken. */
    private void findOnDashboard(KnownClient client) {
        String path = "/providers/" + provider.id() + "/clients?limit=10&search="
                + URLEncoder.encode(client.name(), StandardCharsets.UTF_8);
        reads.get(phase, path, owner.token(), client.position()).ifPresent(answer -> {
            JsonNode row = null;
            for (JsonNode candidate : answer.json().path("data")) {
                if (!opens(candidate)) {
                    return;
                }
                if (client.id()
                        .toString()
                        .equals(candidate.path("organizationId").asText())) {
                    row = candidate;
                }
            }
            if (!answer.reached()) {
                return;
            }
            if (row == null) {
                phase.wrongAnswer("dashboard at position " + client.position() + " lacks client " + client.id());
            } else if (!client.name().equals(row.path("name").asText())
                    || row.path("seats").asInt() != KnownClient.SEATS
                    || row.path("occupiedSeats").asInt() != client.seatsAcknowledged()) {
                phase.wrongAnswer("dashboard shows " + row + "; the client expects " + client.name() + " with "
                        + client.seatsAcknowledged() + " of " + KnownClient.SEATS + " seats taken");
            }
        });
    }

    /** Every row's organization key opens with the provider key, as it must for every member of the provider. */
    private boolean opens(JsonNode row) {
        try {
            UnlockedKeys.open(providerKey, row.path("key").asText());
            return true;
        } catch (RuntimeException e) {
            phase.wrongAnswer("dashboard row " + row.path("organizationId").asText() + ": its key does not open ("
                    + e.getMessage() + ")");
            return false;
        }
    }
}
