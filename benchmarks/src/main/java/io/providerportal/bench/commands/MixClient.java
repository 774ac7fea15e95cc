package io.providerportal.bench.commands;

import io.providerportal.bench.http.Portal;
import io.providerportal.bench.http.Portal.Reply;
import io.providerportal.bench.myvault.LoginItems;
import io.providerportal.client.PortalClient;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One closed-loop client of the provider's admin: its own personal items, its own client organization with one
 * collection and two invited members. The aggregates it writes are its own, or new (a created item or client).
 */
final class MixClient {

    /** An update whose read of the revision did not reach the client's last write within the server's 5 s. */
    private static final int STALE_READ = 599;

    private static final int READ_RETRIES = 2;

    private final Portal portal;
    private final MixSeed.Provider provider;
    private final int number;
    private final UUID organizationId;
    private final UUID collectionId;
    private final List<UUID> members;
    private final List<OwnItem> items;
    private long sent;
    private boolean readOnlyFirst;

    MixClient(
            Portal portal,
            MixSeed.Provider provider,
            int number,
            UUID organizationId,
            UUID collectionId,
            List<UUID> members,
            List<OwnItem> items) {
        this.portal = portal;
        this.provider = provider;
        this.number = number;
        this.organizationId = organizationId;
        this.collectionId = collectionId;
        this.members = members;
        this.items = items;
    }

    /** Sends one command of the kind and answers its status; bodies are encrypted before the clock starts. */
    int send(MixKind kind, Tally tally) {
        long n = sent++;
        OwnItem item = items.get((int) (n % items.size()));
        return switch (kind) {
            case FAVOURITE -> toggle(item, tally);
            case ITEM_CREATE -> post(kind, tally, "/items", LoginItems.login(provider.userKey(), (int) n, null, null));
            case ITEM_UPDATE -> update(item, n, tally);
            case COLLECTION_ACCESS -> changeAccess(tally);
            case MEMBER_INVITE ->
                post(
                        kind,
                        tally,
                        "/organizations/" + organizationId + "/users/invite",
                        Map.of("emails", List.of("invitee-" + UUID.randomUUID() + "@bench.test"), "type", "USER"));
            case CLIENT_CREATE ->
                post(
                        kind,
                        tally,
                        "/providers/" + provider.id() + "/clients",
                        PortalClient.newClientJson(
                                provider.key(),
                                "Mix client " + number + "-" + n,
                                "owner-" + UUID.randomUUID() + "@client.test",
                                "TEAMS",
                                10));
        };
    }

    private int post(MixKind kind, Tally tally, String path, Object body) {
        return timed(kind, tally, () -> portal.post(path, provider.token(), body))
                .status();
    }

    private int toggle(OwnItem item, Tally tally) {
        boolean value = !item.favourite();
        Reply reply = timed(
                MixKind.FAVOURITE,
                tally,
                () -> portal.put("/items/" + item.id() + "/partial", provider.token(), Map.of("favorite", value)));
        if (reply.ok()) {
            item.written(value, reply.position());
        }
        return reply.status();
    }

    /**
     * As a client does: read the item (after its own last write) for its revision, then send it back changed. A
     * read the read model has not caught up with in the server's 5 s is tried again, twice at most; an update whose
     * reads never caught up counts as failed, timed over those reads.
     */
    private int update(OwnItem item, long n, Tally tally) {
        long start = System.nanoTime();
        Reply read = readAfterOwnWrite(item);
        for (int retry = 0; retry < READ_RETRIES && read.ok() && !read.positionReached(); retry++) {
            tally.staleRead();
            read = readAfterOwnWrite(item);
        }
        if (!read.ok() || !read.positionReached()) {
            return tally.record(MixKind.ITEM_UPDATE, System.nanoTime() - start, read.ok() ? STALE_READ : read.status());
        }
        Map<String, Object> body = LoginItems.login(provider.userKey(), (int) n, null, null);
        body.put("favorite", item.favourite());
        body.put("lastKnownRevisionDate", read.json().path("revisionDate").asText());
        Reply reply =
                timed(MixKind.ITEM_UPDATE, tally, () -> portal.put("/items/" + item.id(), provider.token(), body));
        if (reply.ok()) {
            item.written(item.favourite(), reply.position());
        }
        return reply.status();
    }

    private Reply readAfterOwnWrite(OwnItem item) {
        return attempt(() -> portal.getAfter("/items/" + item.id(), provider.token(), item.position()));
    }

    /** Swaps which of the two members may only read the collection, so every change records an event. */
    private int changeAccess(Tally tally) {
        readOnlyFirst = !readOnlyFirst;
        Map<String, Object> body = Map.of(
                "users",
                List.of(access(members.get(0), readOnlyFirst), access(members.get(1), !readOnlyFirst)),
                "groups",
                List.of());
        return timed(
                        MixKind.COLLECTION_ACCESS,
                        tally,
                        () -> portal.put(
                                "/organizations/" + organizationId + "/collections/" + collectionId + "/access",
                                provider.token(),
                                body))
                .status();
    }

    private static Map<String, Object> access(UUID member, boolean readOnly) {
        return Map.of("id", member, "readOnly", readOnly, "hidePasswords", false, "manage", false);
    }

    private static Reply timed(MixKind kind, Tally tally, Supplier<Reply> request) {
        long start = System.nanoTime();
        Reply reply = attempt(request);
        tally.record(kind, System.nanoTime() - start, reply.status());
        return reply;
    }

    /** A connection that failed or timed out answers status -1, as in {@code ClosedLoop}. */
    private static Reply attempt(Supplier<Reply> request) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            return new Reply(-1, HttpHeaders.of(Map.of(), (name, value) -> true), new byte[0]);
        }
    }
}
