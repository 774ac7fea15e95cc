package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.Scenario.Member;
import io.providerportal.standalone.Scenario.Organization;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * My Vault deltas against whole reads: random changes to items, their collections, collections and their access,
 * groups, memberships, folders and favourites, made through the API by the owner and two members; after each, every
 * one of them brings the copy they hold up to date with {@code GET /vault?since=} alone, and it must equal a whole
 * read of their vault.
 */
@PortalTest
class VaultDeltaTest {

    private static final int STEPS = 60;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private PortalTestClient api;
    private Organization org;
    private final List<Member> members = new ArrayList<>();
    private final List<UUID> collections = new ArrayList<>();
    private final List<UUID> groups = new ArrayList<>();
    private Random random;

    @BeforeEach
    void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        org = new Scenario(api, jdbc).own("Deltas", 10);
        members.add(org.confirmed("Alice", "USER", List.of()));
        members.add(org.confirmed("Bob", "USER", List.of()));
        collections.add(org.defaultCollectionId);
    }

    @Test
    void aCopyKeptUpToDateWithDeltasAlwaysEqualsTheWholeVault() throws Exception {
        // -DvaultDelta.seed=N replays the changes of a failed run
        long seed = Long.getLong("vaultDelta.seed", System.nanoTime());
        random = new Random(seed);
        Map<String, Copy> copies = new HashMap<>();
        List<String> watchers =
                List.of(org.adminToken, members.get(0).token(), members.get(1).token());
        for (String watcher : watchers) {
            copies.put(watcher, Copy.of(whole(watcher)));
        }
        int deltaItems = 0;
        int wholeItems = 0;
        for (int step = 0; step < STEPS; step++) {
            String change = changeSomething();
            for (String watcher : watchers) {
                Copy copy = copies.get(watcher);
                JsonNode delta = api.body(
                        api.get("/vault?since=" + copy.revision, watcher).andExpect(status().isOk()));
                assertThat(delta.get("revision").asLong()).isGreaterThanOrEqualTo(copy.revision);
                copy.apply(delta);
                Copy whole = Copy.of(whole(watcher));
                assertThat(copy)
                        .as("seed %d, step %d (%s)", seed, step, change)
                        .usingRecursiveComparison()
                        .ignoringFields("revision")
                        .isEqualTo(whole);
                deltaItems += delta.get("items").size();
                wholeItems += whole.items.size();
            }
        }
        assertThat(deltaItems)
                .as("a delta sends what changed, not the whole vault (seed %d)", seed)
                .isLessThan(wholeItems / 3);
    }

    @Test
    void aDeltaIsOfTheWholeVaultAndFromARevisionAnAnswerGave() throws Exception {
        api.get("/vault?since=1&trash=true", org.adminToken)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("since"));
        api.get("/vault?since=-1", org.adminToken)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("since"));
        api.get("/vault?since=soon", org.adminToken).andExpect(status().isBadRequest());
    }

    /** The live vault and its trash, which together are what a delta keeps up to date. */
    private JsonNode whole(String token) throws Exception {
        JsonNode live = api.body(api.get("/vault", token).andExpect(status().isOk()));
        JsonNode trash = api.body(api.get("/vault?trash=true", token).andExpect(status().isOk()));
        ((ArrayNode) live.get("items")).addAll((ArrayNode) trash.get("items"));
        return live;
    }

    private String changeSomething() throws Exception {
        int pick = random.nextInt(16);
        return switch (pick) {
            case 0, 1 -> newOrganizationItem();
            case 2 -> newPersonalItem();
            case 3 -> updateOrganizationItem();
            case 4 -> moveOrganizationItem();
            case 5 -> trashOrRestore();
            case 6 -> purge();
            case 7 -> placeItem();
            case 8 -> changeFolders();
            case 9 -> newCollection();
            case 10 -> changeCollection();
            case 11 -> deleteCollection();
            case 12 -> changeGroups();
            case 13 -> revokeOrRestore();
            case 14 -> share();
            default -> updatePersonalItem();
        };
    }

    private String newOrganizationItem() throws Exception {
        api.post(
                        "/items",
                        org.adminToken,
                        Items.inOrganization(
                                Items.login(org.admin.organizationKey(org.id), "site", "user", "pw"),
                                org.id,
                                someCollections().toArray(UUID[]::new)))
                .andExpect(status().isCreated());
        return "new organization item";
    }

    private String newPersonalItem() throws Exception {
        ColdClient user = someone();
        api.post("/items", user.token(), Items.login(user.userKey(), "mine", "me", "pw"))
                .andExpect(status().isCreated());
        return "new personal item";
    }

    private String updateOrganizationItem() throws Exception {
        JsonNode item = one(adminVault(false));
        if (item == null) {
            return "nothing to update";
        }
        update(item, org.adminToken, org.admin.organizationKey(org.id));
        return "organization item updated";
    }

    private String updatePersonalItem() throws Exception {
        ColdClient user = someone();
        JsonNode item = one(personalItems(user));
        if (item == null) {
            return "no personal item to update";
        }
        update(item, user.token(), user.userKey());
        return "personal item updated";
    }

    /** New contents under the key the item is encrypted with, from the revision the updater read. */
    private void update(JsonNode item, String token, SymmetricKey key) throws Exception {
        api.put(
                        "/items/" + item.get("id").asText(),
                        token,
                        Items.with(
                                Items.login(key, "changed", "me", "pw2"),
                                "lastKnownRevisionDate",
                                item.get("revisionDate").asText()))
                .andExpect(status().isNoContent());
    }

    private String moveOrganizationItem() throws Exception {
        JsonNode item = one(adminVault(false));
        if (item == null) {
            return "nothing to move";
        }
        api.put(
                        "/items/" + item.get("id").asText() + "/collections",
                        org.adminToken,
                        Map.of("collectionIds", someCollections()))
                .andExpect(status().isNoContent());
        return "organization item moved between collections";
    }

    private String trashOrRestore() throws Exception {
        boolean restore = random.nextBoolean();
        JsonNode item = one(adminVault(restore));
        if (item == null) {
            return "nothing to trash or restore";
        }
        api.put("/items/" + item.get("id").asText() + (restore ? "/restore" : "/trash"), org.adminToken, null)
                .andExpect(status().isNoContent());
        return restore ? "item restored" : "item trashed";
    }

    private String purge() throws Exception {
        JsonNode item = one(adminVault(random.nextBoolean()));
        if (item == null) {
            return "nothing to purge";
        }
        api.delete("/items/" + item.get("id").asText(), org.adminToken).andExpect(status().isNoContent());
        return "item purged";
    }

    /** A member files an item they see in one of their folders, or in none, and stars it or not. */
    private String placeItem() throws Exception {
        ColdClient user = someone();
        JsonNode vault = whole(user.token());
        JsonNode item = one(vault.get("items"));
        if (item == null) {
            return "no item to place";
        }
        JsonNode folder = one(vault.get("folders"));
        Map<String, Object> placement = new HashMap<>();
        placement.put(
                "folderId",
                folder == null || random.nextBoolean() ? null : folder.get("id").asText());
        placement.put("favorite", random.nextBoolean());
        api.put("/items/" + item.get("id").asText() + "/partial", user.token(), placement)
                .andExpect(status().isNoContent());
        return "item placed";
    }

    private String changeFolders() throws Exception {
        ColdClient user = someone();
        JsonNode folder = one(whole(user.token()).get("folders"));
        if (folder == null || random.nextInt(3) == 0) {
            api.post("/folders", user.token(), Map.of("name", Scenario.encrypted("Folder")))
                    .andExpect(status().isCreated());
            return "folder created";
        }
        String path = "/folders/" + folder.get("id").asText();
        if (random.nextBoolean()) {
            api.put(path, user.token(), Map.of("name", Scenario.encrypted("Renamed")))
                    .andExpect(status().isNoContent());
            return "folder renamed";
        }
        api.delete(path, user.token()).andExpect(status().isNoContent());
        return "folder deleted";
    }

    private String newCollection() throws Exception {
        Map<String, Object> body = access();
        body.put("name", Scenario.encrypted("Collection"));
        collections.add(api.createdId(api.post("/organizations/" + org.id + "/collections", org.adminToken, body)
                .andExpect(status().isCreated())));
        return "collection created";
    }

    /** New access for a collection, with a new name or without. */
    private String changeCollection() throws Exception {
        UUID collection = collections.get(random.nextInt(collections.size()));
        String path = "/organizations/" + org.id + "/collections/" + collection;
        Map<String, Object> body = access();
        if (random.nextBoolean()) {
            body.put("name", Scenario.encrypted("Renamed collection"));
            api.put(path, org.adminToken, body).andExpect(status().isNoContent());
            return "collection renamed with new access";
        }
        api.put(path + "/access", org.adminToken, body).andExpect(status().isNoContent());
        return "collection access changed";
    }

    private String deleteCollection() throws Exception {
        if (collections.size() < 2) {
            return "no collection to delete";
        }
        UUID collection = collections.remove(1 + random.nextInt(collections.size() - 1));
        api.delete("/organizations/" + org.id + "/collections/" + collection, org.adminToken)
                .andExpect(status().isNoContent());
        return "collection deleted";
    }

    private String changeGroups() throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Group");
        body.put("members", someMembers());
        body.put("collections", grants(someCollections()));
        if (groups.isEmpty() || random.nextInt(3) == 0) {
            groups.add(api.createdId(api.post("/organizations/" + org.id + "/groups", org.adminToken, body)
                    .andExpect(status().isCreated())));
            return "group created";
        }
        UUID group = groups.get(random.nextInt(groups.size()));
        String path = "/organizations/" + org.id + "/groups/" + group;
        if (random.nextInt(4) == 0) {
            groups.remove(group);
            api.delete(path, org.adminToken).andExpect(status().isNoContent());
            return "group deleted";
        }
        api.put(path, org.adminToken, body).andExpect(status().isNoContent());
        return "group changed";
    }

    private String revokeOrRestore() throws Exception {
        Member member = members.get(random.nextInt(members.size()));
        boolean revoked = memberStatus(member).equals("REVOKED");
        api.put(
                        "/organizations/" + org.id + "/users/" + member.id() + (revoked ? "/restore" : "/revoke"),
                        org.adminToken,
                        null)
                .andExpect(status().isNoContent());
        return revoked ? "member restored" : "member revoked";
    }

    private String memberStatus(Member member) throws Exception {
        for (JsonNode user : api.body(api.get("/organizations/" + org.id + "/users", org.adminToken))
                .get("data")) {
            if (user.get("id").asText().equals(member.id().toString())) {
                return user.get("status").asText();
            }
        }
        throw new AssertionError("no member " + member.id());
    }

    /** A member shares a personal item into a collection they may edit, if they have both. */
    private String share() throws Exception {
        Member member = members.get(random.nextInt(members.size()));
        JsonNode vault = whole(member.token());
        JsonNode item = one(personalItems(member.account()));
        List<String> editable = new ArrayList<>();
        vault.get("collections").forEach(collection -> {
            if (!collection.get("readOnly").asBoolean()) {
                editable.add(collection.get("id").asText());
            }
        });
        if (item == null || editable.isEmpty()) {
            return "nothing to share";
        }
        Map<String, Object> share = Items.with(
                Items.inOrganization(
                        Items.login(member.account().organizationKey(org.id), "shared", "me", "pw"),
                        org.id,
                        UUID.fromString(editable.get(random.nextInt(editable.size())))),
                "lastKnownRevisionDate",
                item.get("revisionDate").asText());
        api.put("/items/" + item.get("id").asText() + "/share", member.token(), share)
                .andExpect(status().isNoContent());
        return "personal item shared";
    }

    private JsonNode adminVault(boolean trash) throws Exception {
        return api.body(api.get("/organizations/" + org.id + "/items?trash=" + trash, org.adminToken)
                        .andExpect(status().isOk()))
                .get("data");
    }

    private List<JsonNode> personalItems(ColdClient user) throws Exception {
        List<JsonNode> personal = new ArrayList<>();
        api.body(api.get("/vault?personal=true", user.token())).get("items").forEach(personal::add);
        return personal;
    }

    private JsonNode one(Iterable<JsonNode> nodes) {
        List<JsonNode> all = new ArrayList<>();
        nodes.forEach(all::add);
        return all.isEmpty() ? null : all.get(random.nextInt(all.size()));
    }

    private ColdClient someone() {
        int pick = random.nextInt(members.size() + 1);
        return pick == members.size() ? org.admin : members.get(pick).account();
    }

    private List<UUID> someCollections() {
        List<UUID> some = new ArrayList<>();
        for (UUID collection : collections) {
            if (random.nextInt(3) == 0) {
                some.add(collection);
            }
        }
        if (some.isEmpty()) {
            some.add(collections.get(random.nextInt(collections.size())));
        }
        return some;
    }

    private List<UUID> someMembers() {
        return members.stream()
                .filter(member -> random.nextBoolean())
                .map(Member::id)
                .toList();
    }

    /** Random access for the members, directly, and for the groups. */
    private Map<String, Object> access() {
        Map<String, Object> body = new HashMap<>();
        body.put("users", grants(someMembers()));
        body.put(
                "groups",
                grants(groups.stream().filter(group -> random.nextBoolean()).toList()));
        return body;
    }

    private List<Map<String, Object>> grants(List<UUID> ids) {
        return ids.stream()
                .map(id -> Map.<String, Object>of(
                        "id",
                        id,
                        "readOnly",
                        random.nextBoolean(),
                        "hidePasswords",
                        random.nextBoolean(),
                        "manage",
                        random.nextBoolean()))
                .toList();
    }

    /** What a client holds of its vault: collections, folders and items by id, and the revision of the answer. */
    static final class Copy {
        long revision;
        final Map<String, JsonNode> collections = new TreeMap<>();
        final Map<String, JsonNode> folders = new TreeMap<>();
        final Map<String, JsonNode> items = new TreeMap<>();

        static Copy of(JsonNode vault) {
            Copy copy = new Copy();
            copy.apply(vault);
            return copy;
        }

        void apply(JsonNode answer) {
            revision = answer.get("revision").asLong();
            put(collections, answer.get("collections"), answer.get("removedCollectionIds"));
            put(folders, answer.get("folders"), answer.get("removedFolderIds"));
            put(items, answer.get("items"), answer.get("removedItemIds"));
        }

        private static void put(Map<String, JsonNode> held, JsonNode changed, JsonNode removed) {
            changed.forEach(node -> held.put(node.get("id").asText(), node));
            if (removed != null) {
                removed.forEach(id -> held.remove(id.asText()));
            }
        }
    }
}
