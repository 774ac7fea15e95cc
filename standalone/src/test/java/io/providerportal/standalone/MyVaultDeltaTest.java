package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.Scenario.Member;
import io.providerportal.standalone.Scenario.Organization;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code GET /vault?since=}: each kind of change to an item comes in the next delta, and nothing else does; items
 * leaving the caller's view come as removed ids; a change of access answers the whole vault again.
 */
@PortalTest
class MyVaultDeltaTest {

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
    void eachChangeToAnItemComesInTheNextDeltaAndNothingElseDoes() throws Exception {
        UUID a = personal(bob, "a");
        UUID b = personal(bob, "b");
        UUID c = personal(bob, "c");
        UUID untouched = personal(bob, "untouched");
        UUID folder = api.createdId(api.post("/folders", bob.token(), Map.of("name", Scenario.encrypted("Work")))
                .andExpect(status().isCreated()));
        JsonNode whole = settled(bob.token(), "");
        assertThat(whole.get("full").asBoolean()).isTrue();
        assertThat(whole.has("removedItemIds")).isFalse();

        // when
        api.put("/items/" + a, bob.token(), Items.with(Items.login(bob.account().userKey(), "a2", "u", "p"),
                "lastKnownRevisionDate", item(whole, a).get("revisionDate").asText()))
                .andExpect(status().isNoContent());
        api.put("/items/" + b + "/partial", bob.token(), Map.of("favorite", true)).andExpect(status().isNoContent());
        api.put("/items/" + c + "/partial", bob.token(), Map.of("folderId", folder))
                .andExpect(status().isNoContent());
        UUID d = personal(bob, "d");

        // then
        JsonNode delta = settled(bob.token(), "?since=" + whole.get("revision").asLong());
        assertThat(delta.get("full").asBoolean()).isFalse();
        assertThat(ids(delta.get("items"))).containsExactlyInAnyOrder(a, b, c, d).doesNotContain(untouched);
        assertThat(delta.get("removedItemIds")).isEmpty();
        assertThat(item(delta, b).get("favorite").asBoolean()).isTrue();
        assertThat(item(delta, c).get("folderId").asText()).isEqualTo(folder.toString());
        assertThat(delta.get("folders")).hasSize(1);
        assertThat(delta.at("/profile/email").asText()).isEqualTo(bob.account().email());
        assertThat(delta.get("revision").asLong()).isGreaterThan(whole.get("revision").asLong());

        api.put("/items/" + a + "/trash", bob.token(), null).andExpect(status().isNoContent());
        long beforeTrash = delta.get("revision").asLong();
        JsonNode live = settled(bob.token(), "?since=" + beforeTrash);
        JsonNode trash = settled(bob.token(), "?trash=true&since=" + beforeTrash);
        assertThat(live.get("items")).isEmpty();
        assertThat(ids(live.get("removedItemIds"))).containsExactly(a);
        assertThat(ids(trash.get("items"))).containsExactly(a);
        assertThat(item(trash, a).get("deletedDate").isNull()).isFalse();

        api.put("/items/" + a + "/restore", bob.token(), null).andExpect(status().isNoContent());
        JsonNode restored = settled(bob.token(), "?since=" + live.get("revision").asLong());
        assertThat(ids(restored.get("items"))).containsExactly(a);
        assertThat(item(restored, a).get("deletedDate").isNull()).isTrue();

        api.delete("/items/" + b, bob.token()).andExpect(status().isNoContent());
        JsonNode purged = settled(bob.token(), "?since=" + restored.get("revision").asLong());
        assertThat(purged.get("items")).isEmpty();
        assertThat(ids(purged.get("removedItemIds"))).containsExactly(b);
    }

    @Test
    void itemsMovedOutOfTheCallersCollectionsAreRemovedAndItemsMovedInOrSharedArrive() throws Exception {
        UUID other = api.createdId(api.post("/organizations/" + org.id + "/collections", org.adminToken,
                Map.of("name", Scenario.encrypted("Other"))).andExpect(status().isCreated()));
        UUID leaving = orgItem(org.defaultCollectionId);
        UUID arriving = orgItem(other);
        UUID admins = personal(org.admin, "to share");
        JsonNode whole = settled(bob.token(), "");
        assertThat(ids(whole.get("items"))).contains(leaving).doesNotContain(arriving, admins);

        // when
        api.put("/items/" + leaving + "/collections", org.adminToken, Map.of("collectionIds", List.of(other)))
                .andExpect(status().isNoContent());
        api.put("/items/" + arriving + "/collections", org.adminToken,
                Map.of("collectionIds", List.of(org.defaultCollectionId))).andExpect(status().isNoContent());

        // then
        JsonNode delta = settled(bob.token(), "?since=" + whole.get("revision").asLong());
        assertThat(delta.get("full").asBoolean()).isFalse();
        assertThat(ids(delta.get("items"))).containsExactly(arriving);
        assertThat(ids(delta.get("removedItemIds"))).containsExactly(leaving);

        Member carol = org.confirmed("Carol", "USER", List.of());
        JsonNode carols = settled(carol.token(), "");
        String revisionDate = api.body(api.get("/items/" + admins, org.adminToken).andExpect(status().isOk()))
                .get("revisionDate").asText();
        api.put("/items/" + admins + "/share", org.adminToken, Items.with(Items.inOrganization(
                Items.login(org.admin.organizationKey(org.id), "shared", "u", "p"), org.id, org.defaultCollectionId),
                "lastKnownRevisionDate", revisionDate)).andExpect(status().isNoContent());
        JsonNode bobs = settled(bob.token(), "?since=" + delta.get("revision").asLong());
        assertThat(ids(bobs.get("items"))).containsExactly(admins);
        assertThat(item(bobs, admins).get("organizationId").asText()).isEqualTo(org.id.toString());
        assertThat(ids(settled(carol.token(), "?since=" + carols.get("revision").asLong()).get("items")))
                .containsExactly(admins);
    }

    @Test
    void aChangeOfTheCallersAccessAnswersTheWholeVault() throws Exception {
        UUID reached = orgItem(org.defaultCollectionId);
        UUID mine = personal(bob, "mine");
        JsonNode whole = settled(bob.token(), "");
        assertThat(ids(whole.get("items"))).contains(reached, mine);

        // when
        api.put("/organizations/" + org.id + "/users/" + bob.id() + "/revoke", org.adminToken, null)
                .andExpect(status().isNoContent());

        // then
        JsonNode answer = settled(bob.token(), "?since=" + whole.get("revision").asLong());
        assertThat(answer.get("full").asBoolean()).isTrue();
        assertThat(ids(answer.get("items"))).containsExactly(mine);
        assertThat(answer.get("organizations")).isEmpty();
        assertThat(answer.has("removedItemIds")).isFalse();
    }

    @Test
    void otherUsersChangesNeverAppear() throws Exception {
        UUID shared = orgItem(org.defaultCollectionId);
        Member carol = org.confirmed("Carol", "USER", List.of());
        ColdClient stranger = api.signUp("Stranger");
        Organization elsewhere = new Scenario(api, jdbc).own("Fabrikam", 5);
        UUID strangers = personal(stranger, "theirs");
        UUID elsewheres = api.createdId(api.post("/items", elsewhere.adminToken, Items.inOrganization(
                Items.login(elsewhere.admin.organizationKey(elsewhere.id), "x", "y", "z"), elsewhere.id,
                elsewhere.defaultCollectionId)).andExpect(status().isCreated()));
        JsonNode whole = settled(bob.token(), "");

        // when
        api.put("/items/" + shared + "/partial", carol.token(), Map.of("favorite", true))
                .andExpect(status().isNoContent());
        personal(stranger, "more");
        personal(carol, "carol's own");
        api.delete("/items/" + strangers, stranger.token()).andExpect(status().isNoContent());
        api.delete("/items/" + elsewheres, elsewhere.adminToken).andExpect(status().isNoContent());

        // then
        JsonNode delta = settled(bob.token(), "?since=" + whole.get("revision").asLong());
        assertThat(delta.get("full").asBoolean()).isFalse();
        assertThat(delta.get("items")).isEmpty();
        assertThat(delta.get("removedItemIds")).isEmpty();
    }

    @Test
    void sinceIsARevisionAndCombinesWithTrashAlone() throws Exception {
        api.get("/vault?since=yesterday", bob.token()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("since"));
        api.get("/vault?since=-1", bob.token()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("vault.invalid-since"));
        api.get("/vault?since=0&collectionId=" + org.defaultCollectionId, bob.token())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("vault.since-with-filter"));

        JsonNode ahead = api.body(api.get("/vault?since=" + Long.MAX_VALUE, bob.token())
                .andExpect(status().isOk()));
        assertThat(ahead.get("full").asBoolean()).as("a revision this server has not reached").isTrue();
    }

    /** Positions are the events' own: a rebuild of both vault projections stamps the same, and deltas go on. */
    @Test
    void aRebuildStampsTheSamePositionsSoDeltasGoOnAcrossIt() throws Exception {
        UUID mine = personal(bob, "mine");
        UUID reached = orgItem(org.defaultCollectionId);
        api.put("/items/" + reached + "/partial", bob.token(), Map.of("favorite", true))
                .andExpect(status().isNoContent());
        UUID purged = personal(bob, "purged");
        api.delete("/items/" + purged, bob.token()).andExpect(status().isNoContent());
        JsonNode whole = settled(bob.token(), "");
        String before = stamps(bob.account().userId(), List.of(mine, reached, purged));

        // when
        Scenario scenario = new Scenario(api, jdbc);
        for (String projection : List.of("vault-items", "vault-access")) {
            api.post("/admin/projections/" + projection + "/rebuild", scenario.operator(), null)
                    .andExpect(status().isAccepted());
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() ->
                    scenario.projection(projection).at("/rebuild/state").asText().equals("DONE"));
        }

        // then
        assertThat(stamps(bob.account().userId(), List.of(mine, reached, purged))).isEqualTo(before);
        JsonNode delta = settled(bob.token(), "?since=" + whole.get("revision").asLong());
        assertThat(delta.get("full").asBoolean()).isFalse();
        assertThat(delta.get("items")).isEmpty();
        assertThat(delta.get("removedItemIds")).isEmpty();
    }

    /**
     * A change parked in the dead-letter queue is projected when retried, after revisions past its own position
     * were handed out: it still comes in the next delta. The poison is a trigger refusing the item's update.
     */
    @Test
    void aParkedChangeRetriedLaterComesInTheNextDelta() throws Exception {
        UUID item = personal(bob, "parked");
        JsonNode whole = settled(bob.token(), "");
        jdbc.sql("""
                create function planted_vault_poison() returns trigger language plpgsql as $$
                begin
                    if new.item_id = '%s' then raise exception 'planted poison'; end if;
                    return new;
                end $$""".formatted(item)).update();
        jdbc.sql("""
                create trigger planted_vault_poison before update on vault_item
                for each row execute function planted_vault_poison()""").update();
        Scenario scenario = new Scenario(api, jdbc);
        api.put("/items/" + item + "/trash", bob.token(), null).andExpect(status().isNoContent());
        await().atMost(Duration.ofSeconds(60)).until(() -> deadLetters(scenario).contains(item.toString()));
        UUID later = personal(bob, "later");
        JsonNode meanwhile = settled(bob.token(), "?since=" + whole.get("revision").asLong());
        assertThat(ids(meanwhile.get("items"))).containsExactly(later);

        // when
        removeVaultPoison();
        api.post("/admin/projections/vault-items/dead-letters/retry", scenario.operator(), null)
                .andExpect(status().isOk());

        // then
        JsonNode delta = settled(bob.token(), "?since=" + meanwhile.get("revision").asLong());
        assertThat(ids(delta.get("removedItemIds"))).as("trashed, so out of the live list").containsExactly(item);
    }

    @AfterEach
    void removeVaultPoison() {
        jdbc.sql("drop trigger if exists planted_vault_poison on vault_item").update();
        jdbc.sql("drop function if exists planted_vault_poison()").update();
    }

    private String deadLetters(Scenario scenario) throws Exception {
        return api.body(api.get("/admin/projections/vault-items/dead-letters", scenario.operator())
                .andExpect(status().isOk())).get("data").toString();
    }

    /** The positions stamped for these items and for the user's placements and access. */
    private String stamps(UUID userId, List<UUID> itemIds) {
        return String.join("\n", jdbc.sql("""
                select 'i' || item_id || ' ' || change_position from vault_item where item_id = any(:items)
                union all select 'u' || item_id || ' ' || change_position from vault_item_user
                    where user_id = :user and item_id = any(:items)
                union all select 'p' || item_id || ' ' || position from vault_item_purge where item_id = any(:items)
                union all select 'a ' || position from vault_access_change where user_id = :user
                order by 1
                """).param("user", userId).param("items", itemIds.toArray(UUID[]::new)).query(String.class).list());
    }

    /**
     * An answer that includes this client's writes for certain: its revision is at their position. A write the
     * event store rolled back elsewhere holds revisions below it for a while; the test waits that out.
     */
    private JsonNode settled(String token, String query) {
        AtomicReference<JsonNode> answer = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            answer.set(api.body(api.get("/vault" + query, token).andExpect(status().isOk())));
            return answer.get().get("revision").asLong() >= api.lastPosition();
        });
        return answer.get();
    }

    private UUID personal(Member member, String name) throws Exception {
        return personal(member.account(), name);
    }

    private UUID personal(ColdClient user, String name) throws Exception {
        return api.createdId(api.post("/items", user.token(), Items.login(user.userKey(), name, "user", "pw"))
                .andExpect(status().isCreated()));
    }

    private UUID orgItem(UUID collection) throws Exception {
        return api.createdId(api.post("/items", org.adminToken, Items.inOrganization(
                Items.login(org.admin.organizationKey(org.id), "github", "alice", "s3cret"), org.id, collection))
                .andExpect(status().isCreated()));
    }

    private static JsonNode item(JsonNode answer, UUID id) {
        for (JsonNode item : answer.get("items")) {
            if (item.get("id").asText().equals(id.toString())) {
                return item;
            }
        }
        throw new AssertionError("no item " + id + " in " + answer);
    }

    private static List<UUID> ids(JsonNode array) {
        List<UUID> ids = new ArrayList<>();
        array.forEach(node -> ids.add(UUID.fromString(node.isObject() ? node.get("id").asText() : node.asText())));
        return ids;
    }
}
