package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.client.ClientCrypto;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.Scenario.Member;
import io.providerportal.standalone.Scenario.Organization;
import io.providerportal.standalone.Scenario.Provider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Deleting an organization with its vault (its Owners, its provider's Admins) and a provider without clients (an
 * operator): gone from every read model and out of every command's reach, still in the auditors' history.
 */
@PortalTest
class DeletionApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PortalTestClient api;
    Scenario scenario;

    @BeforeEach
    void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        scenario = new Scenario(api, jdbc);
    }

    @Test
    void anOwnerDeletesTheirOrganizationWithItsVaultAfterGivingTheirMasterPasswordAgain() throws Exception {
        Organization org = scenario.own("Fabrikam", 10);
        Member bob = org.confirmed("Bob", "USER", List.of());
        UUID item = sharedItem(org);
        Instant before = Instant.now();
        api.get("/items/" + item, bob.token()).andExpect(status().isOk());

        api.delete(path(org), org.adminToken, confirmation("the hash of a mistyped password"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("identity.master-password-mismatch"))
                .andExpect(jsonPath("$.errors[0].field").value("masterPasswordHash"));
        api.delete(path(org), org.adminToken, Map.of())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("masterPasswordHash"));
        api.get(path(org), org.adminToken).andExpect(status().isOk());

        api.delete(path(org), org.adminToken, confirmation(org.admin.masterPasswordHash()))
                .andExpect(status().isNoContent());

        for (String token : List.of(org.adminToken, bob.token())) {
            api.get(path(org), token).andExpect(status().isNotFound());
            api.get("/items/" + item, token).andExpect(status().isNotFound());
            JsonNode vault = api.body(api.get("/vault", token).andExpect(status().isOk()));
            assertThat(vault.get("items")).isEmpty();
            assertThat(vault.get("organizations")).isEmpty();
        }
        // no command reaches it or its items again
        api.post(path(org) + "/collections", org.adminToken, Map.of("name", Scenario.encrypted("C")))
                .andExpect(status().isNotFound());
        api.put("/items/" + item + "/trash", org.adminToken, null).andExpect(status().isNotFound());
        api.delete(path(org), org.adminToken, confirmation(org.admin.masterPasswordHash()))
                .andExpect(status().isNotFound());
        // a member bound nowhere else is free to create an organization of their own again
        scenario.own(bob.account(), "Bob's own", 2);

        String auditor = scenario.auditor();
        api.get("/audit/organizations/" + org.id + "?at=" + before, auditor)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Fabrikam"));
        api.get("/audit/organizations/" + org.id, auditor).andExpect(status().isNotFound());
        assertThat(api.get("/audit/history?organizationId=" + org.id, auditor)
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("OrganizationDeleted");
    }

    @Test
    void aClientIsDeletedByAProviderAdminOrItsOwnerNeverByServiceUsersOrAdmins() throws Exception {
        Provider provider = scenario.provider("Acme");
        Organization client = scenario.client(provider, "Contoso", 10);
        Member admin = client.confirmed("Admin", "ADMIN", List.of());
        Member serviceUser = provider.confirmed("Service", "SERVICE_USER");
        Member technician = provider.confirmed("Technician", "TECHNICIAN");

        api.delete(path(client), admin.token(), confirmation(admin.account().masterPasswordHash()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("organization.permission-required"));
        api.delete(
                        path(client),
                        serviceUser.token(),
                        confirmation(serviceUser.account().masterPasswordHash()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("organization.permission-required"));
        api.delete(
                        path(client),
                        technician.token(),
                        confirmation(technician.account().masterPasswordHash()))
                .andExpect(status().isForbidden());
        String stranger = api.login(api.register("Stranger"));
        api.delete(path(client), stranger, confirmation("whatever")).andExpect(status().isNotFound());
        api.delete(path(client), null, confirmation("whatever")).andExpect(status().isUnauthorized());
        assertThat(provider.clientNames()).containsExactly("Contoso");

        api.delete(path(client), provider.adminToken, confirmation(provider.owner.masterPasswordHash()))
                .andExpect(status().isNoContent());

        assertThat(provider.clientNames()).isEmpty();
        api.get(path(client), serviceUser.token()).andExpect(status().isNotFound());
        JsonNode log = api.body(api.get("/providers/" + provider.id + "/events", provider.adminToken)
                .andExpect(status().isOk()));
        List<String> names = new ArrayList<>();
        log.get("data").forEach(entry -> names.add(entry.get("name").asText()));
        assertThat(names).contains("Organization_Deleted");

        // the owner of another client deletes theirs too
        Organization other = scenario.client(provider, "Northwind", 5);
        api.delete(path(other), other.adminToken, confirmation(other.admin.masterPasswordHash()))
                .andExpect(status().isNoContent());
        assertThat(provider.clientNames()).isEmpty();
    }

    @Test
    void anOperatorDeletesAProviderOnceItHasNoClientLeft() throws Exception {
        Provider provider = scenario.provider("Acme");
        Member serviceUser = provider.confirmed("Service", "SERVICE_USER");
        Organization client = scenario.client(provider, "Contoso", 10);
        String operator = scenario.operator();
        String path = "/providers/" + provider.id;

        api.delete(path, provider.adminToken).andExpect(status().isForbidden());
        api.delete(path, operator)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("provider.has-clients"));
        api.delete(path + "/clients/" + client.id, provider.adminToken).andExpect(status().isNoContent());

        api.delete(path, operator).andExpect(status().isNoContent());

        for (String token : List.of(provider.adminToken, serviceUser.token())) {
            api.get(path, token).andExpect(status().isNotFound());
            api.get(path + "/clients", token).andExpect(status().isNotFound());
            assertThat(api.body(api.get("/providers", token).andExpect(status().isOk()))
                            .get("data"))
                    .isEmpty();
        }
        api.post(
                        path + "/users/invite",
                        provider.adminToken,
                        Map.of("emails", List.of("x@acme.test"), "type", "SERVICE_USER"))
                .andExpect(status().isNotFound());
        api.delete(path, operator).andExpect(status().isNotFound());
        // the client it let go lives on, with its owner
        api.get(path(client), client.adminToken).andExpect(status().isOk());
    }

    private static String path(Organization org) {
        return "/organizations/" + org.id;
    }

    private static Map<String, String> confirmation(String masterPasswordHash) {
        return Map.of("masterPasswordHash", masterPasswordHash);
    }

    /** An item in the default collection, which every member invited by the scenario reads. */
    private UUID sharedItem(Organization org) throws Exception {
        return api.createdId(api.post(
                        "/items",
                        org.adminToken,
                        Items.inOrganization(
                                Items.login(ClientCrypto.SymmetricKey.random(), "site", "user", "pass"),
                                org.id,
                                org.defaultCollectionId))
                .andExpect(status().isCreated()));
    }
}
