package io.providerportal.query.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.events.organization.ClientOrganizationAdded;
import io.providerportal.events.organization.CollectionManagementUpdated;
import io.providerportal.events.organization.CollectionRenamed;
import io.providerportal.events.organization.CustomPermission;
import io.providerportal.events.organization.OrganizationUserPermissionsSet;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.provider.ProviderCreated;
import io.providerportal.events.provider.ProviderType;
import io.providerportal.events.provider.ProviderUserAdded;
import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.events.vault.VaultItemTrashed;
import io.providerportal.platform.PortalHeaders;
import io.providerportal.query.support.EventAppender;
import io.providerportal.query.support.TestTokens;
import io.providerportal.query.vault.VaultFixture.Member;
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
class OrganizationVaultApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventAppender events;

    final ObjectMapper json = new ObjectMapper();
    VaultFixture org;
    Member owner;
    Member user;
    UUID shared;
    UUID hidden;
    UUID sharedItem;
    UUID hiddenItem;
    UUID unassignedItem;
    UUID trashedItem;

    /** An owner who reaches one collection, a second collection nobody reaches, and items in each and in none. */
    @BeforeEach
    void setUp() {
        org = new VaultFixture(events);
        owner = org.create();
        user = org.confirmed(OrganizationUserType.USER);
        shared = org.collection();
        hidden = org.collection();
        org.access(owner, shared, false, true, false);
        org.access(user, shared, true, false, false);
        sharedItem = org.item(shared);
        hiddenItem = org.item(hidden);
        unassignedItem = org.item();
        trashedItem = org.item(shared, hidden);
        org.append(trashedItem, new VaultItemTrashed(trashedItem, org.organizationId, null, VaultFixture.now()));
    }

    @Test
    void ownersSeeEveryItemWithAllItsCollectionsIncludingUnassignedOnes() throws Exception {
        // when
        JsonNode items = data(read("/organizations/" + org.organizationId + "/items", owner));

        // then
        assertThat(ids(items)).containsExactlyInAnyOrder(ids(sharedItem, hiddenItem, unassignedItem));
        JsonNode found = find(items, hiddenItem);
        assertThat(found.at("/data/login/password").asText()).isEqualTo(VaultFixture.ENC);
        assertThat(found.get("key").asText()).isEqualTo(VaultFixture.ENC);
        assertThat(found.at("/collectionIds/0").asText()).isEqualTo(hidden.toString());
        assertThat(find(items, unassignedItem).get("collectionIds")).isEmpty();
        JsonNode trash = data(read("/organizations/" + org.organizationId + "/items?trash=true", owner));
        assertThat(ids(trash)).containsExactly(trashedItem.toString());
        assertThat(find(trash, trashedItem).get("collectionIds")).hasSize(2);
    }

    @Test
    void withoutAccessToAllItemsOwnersSeeWhatTheyReachPlusUnassignedItems() throws Exception {
        // given
        org.organization(new CollectionManagementUpdated(org.organizationId, true, true, false));

        // when
        JsonNode items = data(read("/organizations/" + org.organizationId + "/items", owner));

        // then
        assertThat(ids(items)).containsExactlyInAnyOrder(ids(sharedItem, unassignedItem));
        JsonNode reached = find(items, sharedItem);
        assertThat(reached.get("viewPassword").asBoolean()).isFalse();
        assertThat(reached.at("/data/login").has("password")).isFalse();
        assertThat(find(items, unassignedItem).at("/data/login/password").asText())
                .isEqualTo(VaultFixture.ENC);
        read("/organizations/" + org.organizationId + "/collection-management", user)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.limitCollectionCreation").value(true))
                .andExpect(jsonPath("$.limitCollectionDeletion").value(true))
                .andExpect(jsonPath("$.allowAdminAccessToAllCollectionItems").value(false));
    }

    @Test
    void customMembersSeeEveryItemOnlyWithEditAnyCollection() throws Exception {
        // given
        Member custom = org.confirmed(OrganizationUserType.CUSTOM);
        org.organization(new OrganizationUserPermissionsSet(
                org.organizationId, custom.id(), List.of(CustomPermission.MANAGE_USERS)));
        read("/organizations/" + org.organizationId + "/items", custom).andExpect(status().isForbidden());

        // when
        org.organization(new OrganizationUserPermissionsSet(
                org.organizationId, custom.id(), List.of(CustomPermission.EDIT_ANY_COLLECTION)));

        // then
        JsonNode items = data(read("/organizations/" + org.organizationId + "/items", custom));
        assertThat(ids(items)).containsExactlyInAnyOrder(ids(sharedItem, hiddenItem, unassignedItem));
    }

    @Test
    void providerMembersSeeEveryItemsMetadataButNeverItsContentsNorAnyItemInTheirOwnVault() throws Exception {
        // given
        UUID providerId = UUID.randomUUID();
        UUID technicianId = UUID.randomUUID();
        Member technician = new Member(null, technicianId, TestTokens.user(technicianId, "tech@acme.test"));
        org.append(
                providerId,
                new ProviderCreated(providerId, "Acme IT", null, ProviderType.MSP, "b@acme.test"),
                new ProviderUserAdded(
                        providerId, UUID.randomUUID(), technicianId, "tech@acme.test", ProviderUserType.SERVICE_USER));
        org.organization(new ClientOrganizationAdded(org.organizationId, providerId, "b@acme.test", VaultFixture.ENC));

        // when
        JsonNode items = data(read("/organizations/" + org.organizationId + "/items", technician));

        // then
        assertThat(ids(items)).containsExactlyInAnyOrder(ids(sharedItem, hiddenItem, unassignedItem));
        items.forEach(item -> {
            assertThat(item.get("data").isNull()).isTrue();
            assertThat(item.get("key").isNull()).isTrue();
            assertThat(item.get("edit").asBoolean()).isFalse();
            assertThat(item.get("type").asText()).isEqualTo("LOGIN");
            assertThat(item.get("revisionDate").isTextual()).isTrue();
        });
        assertThat(find(items, sharedItem).at("/collectionIds/0").asText()).isEqualTo(shared.toString());
        JsonNode vault = json.readTree(read("/vault", technician)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(vault.get("items")).isEmpty();
        assertThat(vault.get("organizations")).isEmpty();
        assertThat(data(read("/organizations/" + org.organizationId + "/collections", technician)))
                .hasSize(2);
        read("/organizations/" + org.organizationId + "/collection-management", technician)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowAdminAccessToAllCollectionItems").value(true));
    }

    @Test
    void usersMayNotOpenTheAdminVaultAndStrangersDoNotKnowTheOrganization() throws Exception {
        Member stranger = new VaultFixture(events).create();
        Member invited = org.invited(OrganizationUserType.ADMIN);
        String base = "/organizations/" + org.organizationId;

        read(base + "/items", user)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("organization.permission-required"));
        for (Member outsider : List.of(stranger, invited)) {
            for (String path : List.of("/items", "/collections", "/collection-management")) {
                read(base + path, outsider)
                        .andExpect(status().isNotFound())
                        .andExpect(jsonPath("$.code").value("organization.not-found"));
            }
        }
        read("/organizations/" + UUID.randomUUID() + "/items", owner).andExpect(status().isNotFound());
        read(base + "/items?trash=perhaps", owner)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("trash"));
    }

    @Test
    void administratorsSeeEveryCollectionWithItsAccessListsAndOthersOnlyWhatTheyReach() throws Exception {
        // given
        UUID group = org.group(user);
        org.groupAccess(group, hidden, true, true, false);
        org.organization(new CollectionRenamed(org.organizationId, hidden, "2.renamed"));

        // when
        JsonNode all = data(read("/organizations/" + org.organizationId + "/collections", owner));
        JsonNode reached = data(read("/organizations/" + org.organizationId + "/collections", user));

        // then
        assertThat(ids(all)).containsExactlyInAnyOrder(ids(shared, hidden));
        JsonNode sharedDetails = find(all, shared);
        assertThat(sharedDetails.get("name").asText()).isEqualTo(VaultFixture.ENC);
        assertThat(ids(sharedDetails.get("users"))).containsExactlyInAnyOrder(ids(owner.id(), user.id()));
        assertThat(sharedDetails.get("groups")).isEmpty();
        JsonNode hiddenDetails = find(all, hidden);
        assertThat(hiddenDetails.get("users")).isEmpty();
        assertThat(hiddenDetails.at("/groups/0/id").asText()).isEqualTo(group.toString());
        assertThat(hiddenDetails.at("/groups/0/readOnly").asBoolean()).isTrue();
        assertThat(hiddenDetails.get("name").asText()).isEqualTo("2.renamed");

        assertThat(ids(reached)).containsExactlyInAnyOrder(ids(shared, hidden));
        JsonNode own = find(reached, shared);
        assertThat(own.has("users")).isFalse();
        assertThat(own.get("readOnly").asBoolean()).isTrue();
        assertThat(own.get("hidePasswords").asBoolean()).isFalse();
        assertThat(own.get("organizationId").asText()).isEqualTo(org.organizationId.toString());
    }

    private ResultActions read(String path, Member member) throws Exception {
        return mvc.perform(get(path)
                .header("Authorization", "Bearer " + member.token())
                .header(PortalHeaders.MIN_POSITION, org.position));
    }

    private JsonNode data(ResultActions result) throws Exception {
        return json.readTree(result.andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("data");
    }

    private static JsonNode find(JsonNode list, UUID id) {
        for (JsonNode node : list) {
            if (node.get("id").asText().equals(id.toString())) {
                return node;
            }
        }
        throw new AssertionError(id + " not in " + list);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(node -> ids.add(node.get("id").asText()));
        return ids;
    }

    private static String[] ids(UUID... ids) {
        return Arrays.stream(ids).map(UUID::toString).toArray(String[]::new);
    }
}
