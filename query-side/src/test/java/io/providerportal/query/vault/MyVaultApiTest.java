package io.providerportal.query.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.events.identity.KdfType;
import io.providerportal.events.identity.UserRegistered;
import io.providerportal.events.organization.CollectionDeleted;
import io.providerportal.events.organization.OrganizationDisabled;
import io.providerportal.events.organization.OrganizationEnabled;
import io.providerportal.events.organization.OrganizationUserRestored;
import io.providerportal.events.organization.OrganizationUserRevoked;
import io.providerportal.events.organization.OrganizationUserStatus;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.vault.FolderCreated;
import io.providerportal.events.vault.FolderDeleted;
import io.providerportal.events.vault.FolderRenamed;
import io.providerportal.events.vault.VaultItemCollectionsChanged;
import io.providerportal.events.vault.VaultItemFavoriteSet;
import io.providerportal.events.vault.VaultItemFolderSet;
import io.providerportal.events.vault.VaultItemPurged;
import io.providerportal.events.vault.VaultItemRestored;
import io.providerportal.events.vault.VaultItemShared;
import io.providerportal.events.vault.VaultItemTrashed;
import io.providerportal.events.vault.VaultItemType;
import io.providerportal.events.vault.VaultItemUpdated;
import io.providerportal.platform.PortalHeaders;
import io.providerportal.query.support.EventAppender;
import io.providerportal.query.support.TestTokens;
import io.providerportal.query.vault.VaultFixture.Member;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestTokens.class)
class MyVaultApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventAppender events;

    final ObjectMapper json = new ObjectMapper();
    VaultFixture org;
    Member owner;

    @BeforeEach
    void setUp() {
        org = new VaultFixture(events);
        owner = org.create();
    }

    @Test
    void aDirectRowWinsOverTheMembersGroups() throws Exception {
        // given
        Member user = org.confirmed(OrganizationUserType.USER);
        UUID collection = org.collection();
        UUID group = org.group(user);
        org.groupAccess(group, collection, false, false, true);
        org.access(user, collection, true, true, false);
        UUID item = org.item(collection);

        // when
        JsonNode vault = vault(user, "");

        // then
        assertThat(vault.at("/collections/0/id").asText()).isEqualTo(collection.toString());
        assertThat(flags(vault.at("/collections/0"))).containsExactly(true, true, false);
        assertThat(rights(only(vault, item))).containsExactly(false, false, false);
    }

    @Test
    void acrossGroupsReadOnlyAndHidePasswordsOnlyIfAllSayItAndManageIfAnyDoes() throws Exception {
        // given
        Member user = org.confirmed(OrganizationUserType.USER);
        UUID collection = org.collection();
        org.groupAccess(org.group(user), collection, true, true, false);
        org.groupAccess(org.group(user), collection, true, false, true);
        UUID item = org.item(collection);

        // when
        JsonNode vault = vault(user, "");

        // then
        assertThat(flags(vault.at("/collections/0"))).containsExactly(true, false, true);
        assertThat(rights(only(vault, item))).containsExactly(false, true, true);
    }

    @Test
    void anItemInSeveralCollectionsHasTheMostPermissiveRightsAndOnlyTheReachedCollections() throws Exception {
        // given
        Member user = org.confirmed(OrganizationUserType.USER);
        UUID readOnly = org.collection();
        UUID editable = org.collection();
        UUID unreached = org.collection();
        org.access(user, readOnly, true, true, false);
        org.access(user, editable, false, true, false);
        UUID item = org.item(readOnly, editable, unreached);

        // when
        JsonNode found = only(vault(user, ""), item);

        // then
        assertThat(rights(found)).containsExactly(true, false, false);
        assertThat(texts(found.get("collectionIds")))
                .containsExactlyInAnyOrder(readOnly.toString(), editable.toString());
    }

    @Test
    void onlyConfirmedMembersReachItemsAndRevokingTakesThemAwayUntilRestored() throws Exception {
        // given
        Member user = org.confirmed(OrganizationUserType.USER);
        Member accepted = org.accepted(OrganizationUserType.USER);
        UUID collection = org.collection();
        org.groupAccess(org.group(user, accepted), collection, false, false, false);
        UUID item = org.item(collection);
        assertThat(ids(vault(user, ""))).containsExactly(item.toString());
        assertThat(ids(vault(accepted, ""))).isEmpty();

        // when
        org.organization(new OrganizationUserRevoked(org.organizationId, user.id()));

        // then
        JsonNode revoked = vault(user, "");
        assertThat(ids(revoked)).isEmpty();
        assertThat(revoked.get("collections")).isEmpty();
        assertThat(revoked.get("organizations")).isEmpty();
        read("/items/" + item, user).andExpect(status().isNotFound());

        org.organization(new OrganizationUserRestored(org.organizationId, user.id(), OrganizationUserStatus.CONFIRMED));
        assertThat(ids(vault(user, ""))).containsExactly(item.toString());
    }

    @Test
    void aDisabledOrganizationHidesItsItemsAndItselfUntilEnabled() throws Exception {
        // given
        UUID collection = org.collection();
        org.access(owner, collection, false, false, true);
        UUID item = org.item(collection);
        UUID personal = org.personalItem(owner.userId());

        // when
        org.organization(new OrganizationDisabled(org.organizationId));

        // then
        JsonNode disabled = vault(owner, "");
        assertThat(ids(disabled)).containsExactly(personal.toString());
        assertThat(disabled.get("organizations")).isEmpty();
        org.organization(new OrganizationEnabled(org.organizationId));
        assertThat(ids(vault(owner, ""))).containsExactlyInAnyOrder(item.toString(), personal.toString());
    }

    @Test
    void secretsAreWithheldFromThoseWhoMayNotViewPasswords() throws Exception {
        // given
        Member hidden = org.confirmed(OrganizationUserType.USER);
        UUID collection = org.collection();
        org.access(hidden, collection, false, true, false);
        org.access(owner, collection, false, false, true);
        UUID item = org.item(collection);

        // when
        JsonNode withheld = only(vault(hidden, ""), item);
        JsonNode single = body(read("/items/" + item, hidden).andExpect(status().isOk()));

        // then
        for (JsonNode found : List.of(withheld, single)) {
            assertThat(found.get("viewPassword").asBoolean()).isFalse();
            JsonNode data = found.get("data");
            assertThat(data.isObject()).isTrue();
            assertThat(data.at("/login").has("password")).isFalse();
            assertThat(data.at("/login").has("totp")).isFalse();
            assertThat(data.has("passwordHistory")).isFalse();
            assertThat(data.at("/login/username").asText()).isEqualTo(VaultFixture.ENC);
            assertThat(data.at("/login/uris/0/uri").asText()).isEqualTo(VaultFixture.ENC);
            assertThat(data.at("/fields/0/value").asText()).isEqualTo(VaultFixture.ENC);
            assertThat(data.at("/name").asText()).isEqualTo(VaultFixture.ENC);
        }
        JsonNode full = only(vault(owner, ""), item).get("data");
        assertThat(full.at("/login/password").asText()).isEqualTo(VaultFixture.ENC);
        assertThat(full.at("/login/totp").asText()).isEqualTo(VaultFixture.ENC);
        assertThat(full.at("/passwordHistory/0/password").asText()).isEqualTo(VaultFixture.ENC);
    }

    @Test
    void trashedItemsShowOnlyInTheTrashUntilRestoredAndPurgedOnesNowhere() throws Exception {
        // given
        UUID item = org.personalItem(owner.userId());
        UUID kept = org.personalItem(owner.userId());
        Instant deleted = VaultFixture.now();

        // when
        org.append(item, new VaultItemTrashed(item, null, owner.userId(), deleted));

        // then
        assertThat(ids(vault(owner, ""))).containsExactly(kept.toString());
        JsonNode trash = vault(owner, "?trash=true");
        assertThat(ids(trash)).containsExactly(item.toString());
        assertThat(trash.at("/items/0/deletedDate").asText()).isEqualTo(deleted.toString());
        assertThat(trash.at("/items/0/revisionDate").asText()).isEqualTo(deleted.toString());
        read("/items/" + item, owner).andExpect(jsonPath("$.deletedDate").value(deleted.toString()));

        org.append(item, new VaultItemRestored(item, null, owner.userId(), VaultFixture.now()));
        assertThat(ids(vault(owner, ""))).containsExactlyInAnyOrder(item.toString(), kept.toString());
        assertThat(ids(vault(owner, "?trash=true"))).isEmpty();

        org.append(item, new VaultItemPurged(item, null, owner.userId()));
        assertThat(ids(vault(owner, ""))).containsExactly(kept.toString());
        read("/items/" + item, owner)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("item.not-found"));
    }

    @Test
    void folderAndFavouriteArePerUserEvenOnASharedItem() throws Exception {
        // given
        Member other = org.confirmed(OrganizationUserType.USER);
        UUID collection = org.collection();
        org.access(owner, collection, false, false, true);
        org.access(other, collection, false, false, false);
        UUID item = org.personalItem(owner.userId());
        UUID ownersFolder = UUID.randomUUID();
        UUID othersFolder = UUID.randomUUID();
        org.append(owner.userId(), new FolderCreated(ownersFolder, owner.userId(), VaultFixture.ENC));
        org.append(other.userId(), new FolderCreated(othersFolder, other.userId(), VaultFixture.ENC));
        org.append(
                item,
                new VaultItemFolderSet(item, owner.userId(), ownersFolder),
                new VaultItemFavoriteSet(item, owner.userId(), true));

        // when
        org.append(
                item,
                new VaultItemShared(
                        item,
                        org.organizationId,
                        owner.userId(),
                        VaultFixture.LOGIN,
                        VaultFixture.ENC,
                        List.of(collection),
                        VaultFixture.now()),
                new VaultItemFolderSet(item, other.userId(), othersFolder));

        // then
        JsonNode owners = only(vault(owner, ""), item);
        JsonNode others = only(vault(other, ""), item);
        assertThat(owners.get("organizationId").asText()).isEqualTo(org.organizationId.toString());
        assertThat(owners.get("folderId").asText()).isEqualTo(ownersFolder.toString());
        assertThat(owners.get("favorite").asBoolean()).isTrue();
        assertThat(owners.get("manage").asBoolean()).isTrue();
        assertThat(others.get("folderId").asText()).isEqualTo(othersFolder.toString());
        assertThat(others.get("favorite").asBoolean()).isFalse();
        assertThat(others.get("manage").asBoolean()).isFalse();
    }

    @Test
    void deletingAFolderLeavesItsItemsInNoFolder() throws Exception {
        // given
        UUID item = org.personalItem(owner.userId());
        UUID folder = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        org.append(
                owner.userId(),
                new FolderCreated(folder, owner.userId(), VaultFixture.ENC),
                new FolderCreated(other, owner.userId(), VaultFixture.ENC),
                new FolderRenamed(other, owner.userId(), "2.renamed"));
        org.append(item, new VaultItemFolderSet(item, owner.userId(), folder));
        assertThat(only(vault(owner, ""), item).get("folderId").asText()).isEqualTo(folder.toString());

        // when
        org.append(owner.userId(), new FolderDeleted(folder, owner.userId()));

        // then
        JsonNode vault = vault(owner, "");
        assertThat(only(vault, item).get("folderId").isNull()).isTrue();
        assertThat(vault.get("folders")).hasSize(1);
        assertThat(vault.at("/folders/0/id").asText()).isEqualTo(other.toString());
        read("/folders", owner)
                .andExpect(jsonPath("$.data.length()").value(1))
                .andExpect(jsonPath("$.data[0].name").value("2.renamed"));
    }

    @Test
    void everyFilterNarrowsTheItems() throws Exception {
        // given
        UUID first = org.collection();
        UUID second = org.collection();
        org.access(owner, first, false, false, true);
        org.access(owner, second, false, false, true);
        UUID login = org.item(first);
        UUID card = org.item(VaultItemType.CARD, second);
        UUID note = org.item(VaultItemType.SECURE_NOTE, first, second);
        UUID personal = org.personalItem(owner.userId());
        UUID trashed = org.personalItem(owner.userId());
        UUID folder = UUID.randomUUID();
        org.append(owner.userId(), new FolderCreated(folder, owner.userId(), VaultFixture.ENC));
        org.append(
                card,
                new VaultItemFolderSet(card, owner.userId(), folder),
                new VaultItemFavoriteSet(card, owner.userId(), true));
        org.append(personal, new VaultItemFavoriteSet(personal, owner.userId(), true));
        org.append(trashed, new VaultItemTrashed(trashed, null, owner.userId(), VaultFixture.now()));
        VaultFixture otherOrg = new VaultFixture(events);
        Member elsewhere = otherOrg.create();
        UUID foreign = otherOrg.collection();
        otherOrg.access(elsewhere, foreign, false, false, true);
        UUID foreignItem = otherOrg.item(foreign);
        org.position = otherOrg.position;

        // then
        assertThat(ids(vault(owner, ""))).containsExactlyInAnyOrder(ids(login, card, note, personal));
        assertThat(ids(vault(owner, "?personal=true"))).containsExactly(personal.toString());
        assertThat(ids(vault(owner, "?personal=false"))).containsExactlyInAnyOrder(ids(login, card, note));
        assertThat(ids(vault(owner, "?organizationId=" + org.organizationId)))
                .containsExactlyInAnyOrder(ids(login, card, note));
        assertThat(ids(vault(owner, "?organizationId=" + otherOrg.organizationId)))
                .isEmpty();
        assertThat(ids(vault(owner, "?collectionId=" + first))).containsExactlyInAnyOrder(ids(login, note));
        assertThat(ids(vault(owner, "?collectionId=" + foreign))).isEmpty();
        assertThat(ids(vault(owner, "?folderId=" + folder))).containsExactly(card.toString());
        assertThat(ids(vault(owner, "?favorite=true"))).containsExactlyInAnyOrder(ids(card, personal));
        assertThat(ids(vault(owner, "?favorite=false"))).containsExactlyInAnyOrder(ids(login, note));
        assertThat(ids(vault(owner, "?type=SECURE_NOTE"))).containsExactly(note.toString());
        assertThat(ids(vault(owner, "?type=LOGIN&favorite=true"))).containsExactly(personal.toString());
        assertThat(ids(vault(owner, "?trash=true"))).containsExactly(trashed.toString());
        assertThat(ids(vault(owner, "?trash=true&personal=false"))).isEmpty();
        assertThat(ids(vault(owner, "?collectionId=" + second + "&favorite=true")))
                .containsExactly(card.toString());
        assertThat(ids(vault(elsewhere, ""))).containsExactly(foreignItem.toString());
    }

    @Test
    void invalidFiltersAreRejectedNamingTheParameter() throws Exception {
        for (String parameter : List.of(
                "organizationId=acme",
                "collectionId=1",
                "folderId=x",
                "type=PASSWORD",
                "trash=maybe",
                "favorite=2",
                "personal=perhaps")) {
            read("/vault?" + parameter, owner)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(parameter.substring(0, parameter.indexOf('='))));
        }
        read("/items/nope", owner).andExpect(status().isBadRequest());
        for (String path : List.of("/vault", "/items/" + UUID.randomUUID(), "/folders")) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
        }
    }

    @Test
    void theVaultStartsWithTheProfileAndTheConfirmedMembershipsWithTheirKeys() throws Exception {
        // given
        org.append(
                owner.userId(),
                new UserRegistered(
                        owner.userId(),
                        "owner@contoso.test",
                        "Olive Owner",
                        KdfType.PBKDF2_SHA256,
                        600000,
                        "2.k",
                        "pk",
                        "2.pk"));
        Member invited = org.invited(OrganizationUserType.ADMIN);
        UUID collection = org.collection();
        org.access(invited, collection, false, false, true);

        // when
        JsonNode vault = vault(owner, "");

        // then
        assertThat(vault.at("/profile/id").asText()).isEqualTo(owner.userId().toString());
        assertThat(vault.at("/profile/name").asText()).isEqualTo("Olive Owner");
        assertThat(vault.at("/profile/email").asText()).isEqualTo("owner@contoso.test");
        assertThat(vault.get("organizations")).hasSize(1);
        JsonNode membership = vault.at("/organizations/0");
        assertThat(membership.get("id").asText()).isEqualTo(org.organizationId.toString());
        assertThat(membership.get("name").asText()).isEqualTo("Contoso");
        assertThat(membership.get("type").asText()).isEqualTo("OWNER");
        assertThat(membership.get("key").asText()).isEqualTo(VaultFixture.WRAPPED_KEY);
        assertThat(membership.get("enabled").asBoolean()).isTrue();
        assertThat(membership.get("providerId").isNull()).isTrue();
        assertThat(vault(invited, "").get("organizations")).isEmpty();
    }

    @Test
    void anItemTheCallerCannotReachDoesNotExistForThem() throws Exception {
        // given
        Member user = org.confirmed(OrganizationUserType.USER);
        UUID collection = org.collection();
        org.access(user, collection, false, false, false);
        UUID reached = org.item(collection);
        UUID unassigned = org.item();
        UUID personal = org.personalItem(user.userId());
        UUID moved = org.item(collection);

        // when
        org.append(moved, new VaultItemCollectionsChanged(moved, org.organizationId, List.of(), VaultFixture.now()));
        org.append(
                reached,
                new VaultItemUpdated(
                        reached, org.organizationId, null, "{\"name\":\"2.x\"}", null, true, VaultFixture.now()));

        // then
        read("/items/" + reached, user)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.name").value("2.x"))
                .andExpect(jsonPath("$.reprompt").value(true))
                .andExpect(jsonPath("$.key").isEmpty());
        for (UUID hidden : List.of(unassigned, personal, moved, UUID.randomUUID())) {
            read("/items/" + hidden, owner)
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("item.not-found"));
        }
        read("/items/" + moved, user).andExpect(status().isNotFound());
        org.organization(new CollectionDeleted(org.organizationId, collection));
        read("/items/" + reached, user).andExpect(status().isNotFound());
        assertThat(vault(user, "").get("collections")).isEmpty();
    }

    private JsonNode vault(Member member, String query) throws Exception {
        return body(read("/vault" + query, member).andExpect(status().isOk()));
    }

    private ResultActions read(String path, Member member) throws Exception {
        return mvc.perform(get(path)
                .header("Authorization", "Bearer " + member.token())
                .header(PortalHeaders.MIN_POSITION, org.position));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static JsonNode only(JsonNode vault, UUID itemId) {
        List<JsonNode> found = new ArrayList<>();
        vault.get("items").forEach(item -> {
            if (item.get("id").asText().equals(itemId.toString())) {
                found.add(item);
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<String> ids(JsonNode vault) {
        List<String> ids = new ArrayList<>();
        vault.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static String[] ids(UUID... ids) {
        return Arrays.stream(ids).map(UUID::toString).toArray(String[]::new);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<Boolean> flags(JsonNode collection) {
        return List.of(
                collection.get("readOnly").asBoolean(),
                collection.get("hidePasswords").asBoolean(),
                collection.get("manage").asBoolean());
    }

    private static List<Boolean> rights(JsonNode item) {
        return List.of(
                item.get("edit").asBoolean(),
                item.get("viewPassword").asBoolean(),
                item.get("manage").asBoolean());
    }
}
