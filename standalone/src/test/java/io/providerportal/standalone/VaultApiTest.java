package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.Scenario.Member;
import io.providerportal.standalone.Scenario.Organization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Collections, items and My Vault through the API, as the members of one organization use them. */
@PortalTest
class VaultApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PortalTestClient api;
    Organization org;
    Member bob;

    @BeforeEach
    void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        org = new Scenario(api, jdbc).own("Contoso", 10);
        bob = org.confirmed("Bob", "USER", List.of());
    }

    @Test
    void eachUserListsTheOrganizationsTheyAreAConfirmedMemberOfWithTheirRoleAndKey() throws Exception {
        Member pending = org.invite("Pending", "ADMIN", List.of());
        JsonNode owners = api.body(api.get("/organizations", org.adminToken).andExpect(status().isOk()))
                .get("data");
        JsonNode bobs = api.body(api.get("/organizations", bob.token()).andExpect(status().isOk()))
                .get("data");

        assertThat(owners).hasSize(1);
        assertThat(owners.at("/0/id").asText()).isEqualTo(org.id.toString());
        assertThat(owners.at("/0/type").asText()).isEqualTo("OWNER");
        assertThat(bobs.at("/0/type").asText()).isEqualTo("USER");
        assertThat(bob.account().open(bobs.at("/0/key").asText())).isEqualTo(org.admin.organizationKey(org.id));
        assertThat(api.body(api.get("/organizations", pending.token()).andExpect(status().isOk()))
                        .get("data"))
                .as("an invitation is no membership yet")
                .isEmpty();
        assertThat(api.body(api.get("/organizations", api.signUp("Stranger").token()))
                        .get("data"))
                .isEmpty();
    }

    private UUID collection(Map<String, Object> access) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(access);
        body.put("name", Scenario.encrypted("Shared"));
        return api.createdId(api.post("/organizations/" + org.id + "/collections", org.adminToken, body)
                .andExpect(status().isCreated()));
    }

    private UUID group(UUID... members) throws Exception {
        return api.createdId(api.post(
                        "/organizations/" + org.id + "/groups",
                        org.adminToken,
                        Map.of("name", "G", "members", List.of(members)))
                .andExpect(status().isCreated()));
    }

    private UUID orgItem(UUID collection) throws Exception {
        return api.createdId(api.post(
                        "/items",
                        org.adminToken,
                        Items.inOrganization(
                                Items.login(org.admin.organizationKey(org.id), "github", "alice", "s3cret"),
                                org.id,
                                collection))
                .andExpect(status().isCreated()));
    }

    private JsonNode vaultItem(String token, UUID itemId) throws Exception {
        for (JsonNode item :
                api.body(api.get("/vault", token).andExpect(status().isOk())).get("items")) {
            if (item.get("id").asText().equals(itemId.toString())) {
                return item;
            }
        }
        return null;
    }

    /** The item as the Owner sees it in the admin vault, where every item shows whatever its collections. */
    private JsonNode adminVaultItem(UUID itemId) throws Exception {
        for (JsonNode item : api.body(api.get("/organizations/" + org.id + "/items", org.adminToken)
                        .andExpect(status().isOk()))
                .get("data")) {
            if (item.get("id").asText().equals(itemId.toString())) {
                return item;
            }
        }
        throw new AssertionError("not in the admin vault: " + itemId);
    }

    private static Map<String, Object> grant(UUID id, boolean readOnly, boolean hidePasswords, boolean manage) {
        return Map.of("id", id, "readOnly", readOnly, "hidePasswords", hidePasswords, "manage", manage);
    }

    @Test
    void aDirectRowWinsOverTheMembersGroups() throws Exception {
        UUID sales = group(bob.id());
        UUID collection = collection(Map.of(
                "users",
                List.of(grant(bob.id(), false, false, false)),
                "groups",
                List.of(grant(sales, true, true, false))));
        UUID item = orgItem(collection);

        JsonNode seen = vaultItem(bob.token(), item);
        assertThat(seen.get("edit").asBoolean()).isTrue();
        assertThat(seen.get("viewPassword").asBoolean()).isTrue();

        api.put(
                        "/organizations/" + org.id + "/collections/" + collection + "/access",
                        org.adminToken,
                        Map.of("groups", List.of(grant(sales, true, true, false))))
                .andExpect(status().isNoContent());
        seen = vaultItem(bob.token(), item);
        assertThat(seen.get("edit").asBoolean()).isFalse();
        assertThat(seen.get("viewPassword").asBoolean()).isFalse();
        api.put("/items/" + item + "/trash", bob.token(), null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("item.edit-required"));
    }

    @Test
    void hiddenPasswordsAreNeitherSentNorLostByAnUpdate() throws Exception {
        UUID collection = collection(Map.of("users", List.of(grant(bob.id(), false, true, false))));
        UUID item = orgItem(collection);
        String password = adminVaultItem(item).at("/data/login/password").asText();

        JsonNode seen = vaultItem(bob.token(), item);
        assertThat(seen.get("viewPassword").asBoolean()).isFalse();
        assertThat(seen.at("/data/login").has("password")).isFalse();
        assertThat(seen.at("/data/login").has("totp")).isFalse();
        assertThat(seen.at("/data").has("passwordHistory")).isFalse();
        assertThat(seen.at("/data/login/username").asText()).startsWith("2.");

        SymmetricKey bobsCopy = bob.account().organizationKey(org.id);
        Map<String, Object> renamed = Items.with(
                Items.login(bobsCopy, "github-renamed", "alice", "ignored"),
                "lastKnownRevisionDate",
                seen.get("revisionDate").asText());
        api.put("/items/" + item, bob.token(), renamed).andExpect(status().isNoContent());

        JsonNode stored = adminVaultItem(item);
        SymmetricKey adminsCopy = org.admin.organizationKey(org.id);
        assertThat(ClientCrypto.decryptToString(
                        adminsCopy, stored.at("/data/name").asText()))
                .isEqualTo("github-renamed");
        assertThat(stored.at("/data/login/password").asText()).isEqualTo(password);
        assertThat(ClientCrypto.decryptToString(adminsCopy, password)).isEqualTo("s3cret");
    }

    @Test
    void aRevokedMemberLosesTheOrganizationsItemsAtOnce() throws Exception {
        UUID item = orgItem(org.defaultCollectionId);
        assertThat(vaultItem(bob.token(), item)).isNotNull();

        api.put("/organizations/" + org.id + "/users/" + bob.id() + "/revoke", org.adminToken, null)
                .andExpect(status().isNoContent());
        JsonNode vault = api.body(api.get("/vault", bob.token()).andExpect(status().isOk()));
        assertThat(vault.get("items")).isEmpty();
        assertThat(vault.get("organizations")).isEmpty();
        api.get("/items/" + item, bob.token()).andExpect(status().isNotFound());

        api.put("/organizations/" + org.id + "/users/" + bob.id() + "/restore", org.adminToken, null)
                .andExpect(status().isNoContent());
        assertThat(vaultItem(bob.token(), item)).isNotNull();
    }

    @Test
    void trashRestoreAndPurge() throws Exception {
        UUID item = orgItem(org.defaultCollectionId);
        api.put("/items/" + item + "/trash", org.adminToken, null).andExpect(status().isNoContent());
        assertThat(vaultItem(org.adminToken, item)).isNull();
        api.get("/vault?trash=true", org.adminToken)
                .andExpect(jsonPath("$.items[0].id").value(item.toString()))
                .andExpect(jsonPath("$.items[0].deletedDate").isNotEmpty());

        api.put("/items/" + item + "/restore", org.adminToken, null).andExpect(status().isNoContent());
        assertThat(vaultItem(org.adminToken, item).get("deletedDate").isNull()).isTrue();

        api.delete("/items/" + item, org.adminToken).andExpect(status().isNoContent());
        assertThat(vaultItem(org.adminToken, item)).isNull();
        api.put("/items/" + item + "/trash", org.adminToken, null)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("item.not-found"));
    }

    @Test
    void concurrentUpdatesFromTheSameRevisionHaveOneWinnerAndNoLostUpdate() throws Exception {
        UUID item = orgItem(org.defaultCollectionId);
        String read = api.body(api.get("/items/" + item, org.adminToken))
                .get("revisionDate")
                .asText();
        SymmetricKey key = org.admin.organizationKey(org.id);
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int n = 0; n < writers; n++) {
                Map<String, Object> update =
                        Items.with(Items.login(key, "writer-" + n, "alice", "s3cret"), "lastKnownRevisionDate", read);
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.put("/items/" + item, org.adminToken, update)
                            .andReturn()
                            .getResponse()
                            .getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnlyOnce(204).containsOnly(204, 409);
        } finally {
            pool.shutdown();
        }
        String winner = ClientCrypto.decryptToString(
                key, adminVaultItem(item).at("/data/name").asText());
        assertThat(winner).startsWith("writer-");
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?"
                                + " and payload_type like '%VaultItemUpdated'")
                        .param(item.toString())
                        .query(Long.class)
                        .single())
                .as("one update recorded")
                .isEqualTo(1);
    }

    @Test
    void anUpdateFromAStaleRevisionIsRefused() throws Exception {
        UUID item = orgItem(org.defaultCollectionId);
        String read = api.body(api.get("/items/" + item, org.adminToken))
                .get("revisionDate")
                .asText();
        Map<String, Object> update = Items.with(
                Items.login(org.admin.organizationKey(org.id), "first", "alice", "s3cret"),
                "lastKnownRevisionDate",
                read);
        api.put("/items/" + item, org.adminToken, update).andExpect(status().isNoContent());

        api.put("/items/" + item, org.adminToken, Items.with(update, "name", Scenario.encrypted("second")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("item.out-of-date"));
        api.put("/items/" + item, org.adminToken, Items.with(update, "lastKnownRevisionDate", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lastKnownRevisionDate"));
    }

    @Test
    void aPersonalItemIsSharedIntoTheOrganizationOnce() throws Exception {
        UUID item = api.createdId(
                api.post("/items", bob.token(), Items.login(bob.account().userKey(), "bank", "bob", "pin"))
                        .andExpect(status().isCreated()));
        JsonNode personal = vaultItem(bob.token(), item);
        assertThat(personal.get("organizationId").isNull()).isTrue();
        assertThat(vaultItem(org.adminToken, item)).isNull();

        UUID collection = collection(Map.of("users", List.of(grant(bob.id(), false, false, false))));
        SymmetricKey bobsCopy = bob.account().organizationKey(org.id);
        Map<String, Object> share = Items.with(
                Items.inOrganization(Items.login(bobsCopy, "bank", "bob", "pin"), org.id, collection),
                "lastKnownRevisionDate",
                personal.get("revisionDate").asText());
        api.put("/items/" + item + "/share", bob.token(), share).andExpect(status().isNoContent());

        assertThat(vaultItem(org.adminToken, item)).isNull();
        api.get("/organizations/" + org.id + "/items", org.adminToken)
                .andExpect(jsonPath("$.data[?(@.id == '" + item + "')].collectionIds[0]")
                        .value(collection.toString()));
        JsonNode shared = vaultItem(bob.token(), item);
        assertThat(shared.get("organizationId").asText()).isEqualTo(org.id.toString());
        assertThat(ClientCrypto.decryptToString(
                        bobsCopy, shared.at("/data/login/password").asText()))
                .isEqualTo("pin");
        assertThat(ClientCrypto.decryptToString(
                        org.admin.organizationKey(org.id),
                        adminVaultItem(item).at("/data/login/password").asText()))
                .isEqualTo("pin");

        api.put(
                        "/items/" + item + "/share",
                        bob.token(),
                        Items.with(
                                share,
                                "lastKnownRevisionDate",
                                shared.get("revisionDate").asText()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("item.already-in-organization"));
    }

    @Test
    void plaintextAndMisplacedSectionsAreRefusedWithTheirField() throws Exception {
        Map<String, Object> item = Items.login(bob.account().userKey(), "github", "alice", "s3cret");
        api.post("/items", bob.token(), Items.with(item, "login", Map.of("password", "hunter2")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("login.password"));
        api.post("/items", bob.token(), Items.with(item, "card", Map.of("number", Scenario.encrypted("4111"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("item.section-not-allowed"))
                .andExpect(jsonPath("$.errors[0].field").value("card"));
        api.post("/items", bob.token(), Items.inOrganization(item, org.id))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("collectionIds"));
        api.post("/items", bob.token(), Items.inOrganization(item, org.id, org.defaultCollectionId))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("item.collection-not-writable"));
    }

    @Test
    void foldersAndFavouritesBelongToEachMember() throws Exception {
        UUID item = orgItem(org.defaultCollectionId);
        UUID folder = api.createdId(api.post("/folders", bob.token(), Map.of("name", Scenario.encrypted("Work")))
                .andExpect(status().isCreated()));
        api.put("/items/" + item + "/partial", bob.token(), Map.of("folderId", folder, "favorite", true))
                .andExpect(status().isNoContent());

        JsonNode bobs = vaultItem(bob.token(), item);
        assertThat(bobs.get("folderId").asText()).isEqualTo(folder.toString());
        assertThat(bobs.get("favorite").asBoolean()).isTrue();
        JsonNode owners = vaultItem(org.adminToken, item);
        assertThat(owners.get("folderId").isNull()).isTrue();
        assertThat(owners.get("favorite").asBoolean()).isFalse();
        api.put("/items/" + item + "/partial", org.adminToken, Map.of("folderId", folder))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("folder.not-found"));

        api.put("/folders/" + folder, org.adminToken, Map.of("name", Scenario.encrypted("Mine now")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("folder.not-found"));
        api.delete("/folders/" + folder, org.adminToken)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("folder.not-found"));
        api.delete("/folders/" + UUID.randomUUID(), bob.token())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("folder.not-found"));
        api.delete("/folders/" + folder, bob.token()).andExpect(status().isNoContent());
        assertThat(vaultItem(bob.token(), item).get("folderId").isNull()).isTrue();
    }

    @Test
    void bulkChangesReportEachItemAndCollectionsMoveWithTheirEditors() throws Exception {
        UUID mine = orgItem(org.defaultCollectionId);
        UUID readOnly = orgItem(org.defaultCollectionId);
        UUID missing = UUID.randomUUID();
        UUID folder = api.createdId(api.post("/folders", bob.token(), Map.of("name", Scenario.encrypted("F"))));

        api.put("/items/trash", org.adminToken, Map.of("ids", List.of(mine, missing)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(mine.toString()))
                .andExpect(jsonPath("$[0].error").isEmpty())
                .andExpect(jsonPath("$[1].error").value("item.not-found"));
        api.put("/items/trash", bob.token(), Map.of("ids", List.of(readOnly)))
                .andExpect(jsonPath("$[0].error").value("item.edit-required"));
        api.put("/items/restore", org.adminToken, Map.of("ids", List.of(mine, readOnly)))
                .andExpect(jsonPath("$[0].error").isEmpty())
                .andExpect(jsonPath("$[1].error").value("item.not-in-trash"));
        api.put("/items/move", bob.token(), Map.of("ids", List.of(mine, readOnly), "folderId", folder))
                .andExpect(jsonPath("$[0].error").isEmpty())
                .andExpect(jsonPath("$[1].error").isEmpty());
        assertThat(vaultItem(bob.token(), readOnly).get("folderId").asText()).isEqualTo(folder.toString());

        UUID other = collection(Map.of("users", List.of(grant(bob.id(), false, false, false))));
        api.put("/items/" + mine + "/collections", bob.token(), Map.of("collectionIds", List.of(other)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("item.edit-required"));
        api.put(
                        "/items/" + mine + "/collections",
                        org.adminToken,
                        Map.of("collectionIds", List.of(org.defaultCollectionId, other)))
                .andExpect(status().isNoContent());
        assertThat(vaultItem(bob.token(), mine).get("edit").asBoolean()).isTrue();
        api.put("/items/" + mine + "/collections", bob.token(), Map.of("collectionIds", List.of(other)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("item.collection-not-writable"));
    }
}
