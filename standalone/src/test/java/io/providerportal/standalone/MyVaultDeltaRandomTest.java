package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.Scenario.Organization;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Deltas are exact: three users of one organization make random changes (items created, updated, trashed,
 * restored, purged, shared, placed, moved between collections; access granted and taken), and after each one
 * every client that keeps its vault by applying {@code GET /vault?since=} to its copy holds exactly what a fresh
 * {@code GET /vault} answers, trash included. {@code -Dvault.delta.seed=} replays a failed run.
 */
@PortalTest
class MyVaultDeltaRandomTest {

    private static final int STEPS = 50;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    PortalTestClient api;
    Organization org;
    ColdClient owner;
    List<ColdClient> users = new ArrayList<>();
    List<UUID> collections = new ArrayList<>();
    UUID bobsMemberId;
    UUID team;
    Map<ColdClient, UUID> folders = new HashMap<>();
    /** Each item created so far and the user who writes it: its owner, or the organization's owner once shared. */
    Map<UUID, ColdClient> items = new HashMap<>();
    List<UUID> itemIds = new ArrayList<>();
    List<String> log = new ArrayList<>();
    /** How many deltas brought items, removals, or the whole vault again: proof that each kind was exercised. */
    Map<String, Integer> answers = new HashMap<>();

    @Test
    void aCopyKeptByDeltasEqualsTheWholeVaultAfterEveryChange() throws Exception {
        long seed = Long.getLong("vault.delta.seed", System.nanoTime());
        Random random = new Random(seed);
        setUp();
        Map<String, VaultCopy> copies = new HashMap<>();
        for (ColdClient user : users) {
            copies.put(user.email(), new VaultCopy());
            copies.put(user.email() + "?trash", new VaultCopy());
        }
        try {
            for (int step = 0; step < STEPS; step++) {
                log.add(step + ": " + change(random, step % 10 == 9));
                for (ColdClient user : users) {
                    check(user, false, copies.get(user.email()));
                    check(user, true, copies.get(user.email() + "?trash"));
                }
            }
            assertThat(answers).containsKeys("items", "removals", "full");
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("seed " + seed + " (-Dvault.delta.seed=" + seed + "), after\n"
                    + String.join("\n", log), e);
        }
    }

    private void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        org = new Scenario(api, jdbc).own("Random", 10);
        owner = org.admin;
        Scenario.Member bob = org.confirmed("Bob", "USER", List.of());
        Scenario.Member carol = org.confirmed("Carol", "USER", List.of());
        bobsMemberId = bob.id();
        users.addAll(List.of(owner, bob.account(), carol.account()));
        team = collection(List.of(grant(bob.id(), false)));
        collections.addAll(List.of(org.defaultCollectionId, team, collection(List.of())));
        for (ColdClient user : users) {
            folders.put(user, folder(user));
        }
    }

    /**
     * One random change by one of the users; refusals (a right the user lacks) are part of the game. Every tenth
     * changes Bob's access, so that each run sees whole answers too.
     */
    private String change(Random random, boolean access) throws Exception {
        ColdClient user = users.get(random.nextInt(users.size()));
        UUID item = itemIds.isEmpty() ? null : itemIds.get(random.nextInt(itemIds.size()));
        int kind = item == null ? 0 : access ? 9 : random.nextInt(12);
        ColdClient writer = item == null ? null : items.get(item);
        return switch (kind) {
            case 0 -> "created " + remember(created(user, null), user) + " by " + name(user);
            case 1 -> "created " + remember(created(owner, someCollections(random)), owner) + " in organization";
            case 2 -> write("updated " + item, api.put("/items/" + item, writer.token(), Items.with(
                    Items.login(writer.userKey(), "changed", "u", "p"), "lastKnownRevisionDate",
                    revisionDate(writer, item))));
            case 3 -> write("trashed " + item, api.put("/items/" + item + "/trash", writer.token(), null));
            case 4 -> write("restored " + item, api.put("/items/" + item + "/restore", writer.token(), null));
            case 5 -> write("purged " + item, api.delete("/items/" + item, writer.token()));
            case 6 -> write("favourite of " + name(user) + " on " + item, api.put("/items/" + item + "/partial",
                    user.token(), Map.of("favorite", random.nextBoolean())));
            case 7 -> write("folder of " + name(user) + " on " + item, api.put("/items/" + item + "/partial",
                    user.token(), random.nextBoolean() ? Map.of("folderId", folders.get(user)) : Map.of()));
            case 8 -> write("collections of " + item, api.put("/items/" + item + "/collections", owner.token(),
                    Map.of("collectionIds", someCollections(random))));
            case 9 -> write("Bob's access to the team collection", api.put("/organizations/" + org.id
                    + "/collections/" + team + "/access", owner.token(), Map.of("users",
                    random.nextBoolean() ? List.of() : List.of(grant(bobsMemberId, random.nextBoolean())))));
            case 10 -> share(item, writer, someCollections(random));
            default -> {
                api.delete("/folders/" + folders.get(user), user.token()).andExpect(status().isNoContent());
                folders.put(user, folder(user));
                yield "folder of " + name(user) + " deleted";
            }
        };
    }

    private void check(ColdClient user, boolean trash, VaultCopy copy) throws Exception {
        String view = trash ? "?trash=true" : "";
        boolean first = copy.revision() < 0;
        JsonNode answer = api.body(api.get(first ? "/vault" + view
                : "/vault" + (trash ? "?trash=true&" : "?") + "since=" + copy.revision(), user.token())
                .andExpect(status().isOk()));
        copy.apply(answer);
        if (!first && answer.get("full").asBoolean()) {
            answers.merge("full", 1, Integer::sum);
        } else if (!first) {
            answers.merge(answer.get("items").isEmpty() ? "empty" : "items", 1, Integer::sum);
            answers.merge(answer.get("removedItemIds").isEmpty() ? "kept" : "removals", 1, Integer::sum);
        }
        JsonNode whole = api.body(api.get("/vault" + view, user.token()).andExpect(status().isOk()));
        assertThat(copy.contents()).as("%s's copy%s", name(user), view).isEqualTo(VaultCopy.contentsOf(whole));
    }

    private String share(UUID item, ColdClient writer, List<UUID> into) throws Exception {
        ResultActions shared = api.put("/items/" + item + "/share", writer.token(), Items.with(Items.inOrganization(
                Items.login(writer.userKey(), "shared", "u", "p"), org.id, into.toArray(UUID[]::new)),
                "lastKnownRevisionDate", revisionDate(writer, item)));
        if (shared.andReturn().getResponse().getStatus() == 204) {
            items.put(item, owner);
        }
        return write("shared " + item, shared);
    }

    private static String write(String what, ResultActions result) {
        int status = result.andReturn().getResponse().getStatus();
        assertThat(status).as(what).isLessThan(500);
        return what + " (" + status + ")";
    }

    private UUID created(ColdClient user, List<UUID> inCollections) throws Exception {
        Map<String, Object> item = Items.login(user.userKey(), "item", "u", "p");
        return api.createdId(api.post("/items", user.token(), inCollections == null ? item
                : Items.inOrganization(item, org.id, inCollections.toArray(UUID[]::new)))
                .andExpect(status().isCreated()));
    }

    private UUID remember(UUID item, ColdClient writer) {
        items.put(item, writer);
        itemIds.add(item);
        return item;
    }

    /** As the writer's client knows it; an item it cannot see (purged, out of reach) has none. */
    private String revisionDate(ColdClient writer, UUID item) throws Exception {
        JsonNode found = api.body(api.get("/items/" + item, writer.token()));
        return found.has("revisionDate") ? found.get("revisionDate").asText() : "2026-01-01T00:00:00Z";
    }

    private List<UUID> someCollections(Random random) {
        List<UUID> some = new ArrayList<>();
        for (UUID collection : collections) {
            if (random.nextBoolean()) {
                some.add(collection);
            }
        }
        return some.isEmpty() ? List.of(collections.get(random.nextInt(collections.size()))) : some;
    }

    private UUID collection(List<Map<String, Object>> users) throws Exception {
        return api.createdId(api.post("/organizations/" + org.id + "/collections", owner.token(),
                Map.of("name", Scenario.encrypted("Collection"), "users", users)).andExpect(status().isCreated()));
    }

    private UUID folder(ColdClient user) throws Exception {
        return api.createdId(api.post("/folders", user.token(), Map.of("name", Scenario.encrypted("Folder")))
                .andExpect(status().isCreated()));
    }

    private static Map<String, Object> grant(UUID memberId, boolean readOnly) {
        return Map.of("id", memberId, "readOnly", readOnly, "hidePasswords", false, "manage", false);
    }

    private String name(ColdClient user) {
        return user == owner ? "the owner" : user.email().substring(0, user.email().indexOf('-'));
    }
}
