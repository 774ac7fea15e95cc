package io.providerportal.bench.faults;

import io.providerportal.bench.http.Portal;
import io.providerportal.bench.http.Portal.Reply;
import io.providerportal.bench.measure.Table;
import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The clients of the load and what they hold: a provider owner, and users with vaults of their own, each with a
 * device that writes and a second device that reads. Every device logged in with its user's email and password
 * and took every key from the server. {@link #start} runs one phase's threads, {@link #stop} ends them once each
 * has its last write answered.
 */
final class Load {

    private final RetryingWriter writer;
    private final Reads reads;
    private final String runTag;
    private final Provider provider;
    private final Device owner;
    private final Device ownerReader;
    private final SymmetricKey providerKey;
    private final SymmetricKey providerKeyOfReader;
    private final Map<VaultUser, Device> writers;
    private final Map<VaultUser, Device> readers;
    private Phase phase;
    private final List<Thread> threads = new ArrayList<>();

    private Load(
            RetryingWriter writer,
            Reads reads,
            String runTag,
            Provider provider,
            Device owner,
            Device ownerReader,
            SymmetricKey providerKey,
            SymmetricKey providerKeyOfReader,
            Map<VaultUser, Device> writers,
            Map<VaultUser, Device> readers) {
        this.writer = writer;
        this.reads = reads;
        this.runTag = runTag;
        this.provider = provider;
        this.owner = owner;
        this.ownerReader = ownerReader;
        this.providerKey = providerKey;
        this.providerKeyOfReader = providerKeyOfReader;
        this.writers = writers;
        this.readers = readers;
    }

    /**
     * Registers the users; the operator creates a provider owned by one of them, who sets it up with a new provider
     * key wrapped for their own public key, as {@code setup-provider} of the command-line client does.
     */
    static Load seed(
            Portal commandSide, Portal querySide, String operator, String runTag, int vaultUsers, Journal journal) {
        Phase seeding = new Phase(Fault.NONE);
        Reads reads = new Reads(querySide);
        Credentials ownerCredentials = Credentials.register(commandSide, "Owner", runTag);
        UUID providerId = UUID.fromString(commandSide
                .post(
                        "/providers",
                        operator,
                        Map.of(
                                "name",
                                "Fault MSP " + runTag,
                                "type",
                                "MSP",
                                "billingEmail",
                                "billing-" + runTag + "@faults.test",
                                "ownerEmail",
                                ownerCredentials.email()))
                .expect(201)
                .get("id")
                .asText());
        Device owner = Device.logIn(commandSide, ownerCredentials);
        Reply setUp = commandSide.post(
                "/providers/" + providerId + "/setup",
                owner.token(),
                Map.of(
                        "key",
                        ClientCrypto.wrap(
                                owner.publicKey(), SymmetricKey.random().toBytes())));
        setUp.expect(204);
        Provider provider = new Provider(providerId);
        SymmetricKey providerKey = Provider.key(owner, reads, seeding, providerId, setUp.position());
        Device ownerReader = Device.logIn(commandSide, ownerCredentials);
        SymmetricKey providerKeyOfReader = Provider.key(ownerReader, reads, seeding, providerId, setUp.position());

        Map<VaultUser, Device> writers = new LinkedHashMap<>();
        Map<VaultUser, Device> readers = new LinkedHashMap<>();
        for (int u = 1; u <= vaultUsers; u++) {
            VaultUser user = new VaultUser(Credentials.register(commandSide, "User" + u, runTag));
            writers.put(user, Device.logIn(commandSide, user.credentials()));
            readers.put(user, Device.logIn(commandSide, user.credentials()));
        }
        Table.note("seeded: provider %s, %d vault users, each logged in on two devices", providerId, vaultUsers);
        return new Load(
                new RetryingWriter(commandSide, journal),
                reads,
                runTag,
                provider,
                owner,
                ownerReader,
                providerKey,
                providerKeyOfReader,
                writers,
                readers);
    }

    /** Each writing client sends at most {@code writesPerSecond} writes a second. */
    void start(Phase phase, int phaseNumber, double writesPerSecond) {
        this.phase = phase;
        threads.clear();
        long seed = phaseNumber * 1000L;
        writers.forEach((user, device) -> threads.add(new Thread(
                new VaultWorker(
                        phase,
                        phaseNumber,
                        user,
                        device,
                        writer,
                        reads,
                        new Pacer(writesPerSecond),
                        seed + threads.size()),
                "vault-" + threads.size())));
        threads.add(new Thread(
                new ProviderWorker(
                        phase,
                        phaseNumber,
                        runTag,
                        provider,
                        owner,
                        providerKey,
                        writer,
                        reads,
                        new Pacer(writesPerSecond)),
                "provider"));
        threads.add(
                new Thread(new Reader(phase, readers, provider, ownerReader, providerKeyOfReader, reads), "reader"));
        threads.forEach(thread -> {
            thread.setUncaughtExceptionHandler((t, e) -> {
                phase.crashed(t.getName(), e);
                e.printStackTrace(System.out);
            });
            thread.start();
        });
    }

    void stop() {
        phase.stop();
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
