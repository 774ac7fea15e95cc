package io.providerportal.query.membership;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.events.identity.KdfType;
import io.providerportal.events.identity.UserRegistered;
import io.providerportal.events.provider.ProviderCreated;
import io.providerportal.events.provider.ProviderOwnerAssigned;
import io.providerportal.events.provider.ProviderSetUp;
import io.providerportal.events.provider.ProviderType;
import io.providerportal.events.provider.ProviderUserAccepted;
import io.providerportal.events.provider.ProviderUserAdded;
import io.providerportal.events.provider.ProviderUserConfirmed;
import io.providerportal.events.provider.ProviderUserInvited;
import io.providerportal.events.provider.ProviderUserRemoved;
import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.events.provider.ProviderUserTypeChanged;
import io.providerportal.platform.PortalHeaders;
import io.providerportal.query.support.EventAppender;
import io.providerportal.query.support.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestTokens.class)
class MembershipApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventAppender events;

    UUID providerId = UUID.randomUUID();
    UUID adminUser = UUID.randomUUID();
    UUID bobUser = UUID.randomUUID();
    UUID bobMember = UUID.randomUUID();
    String admin = TestTokens.user(adminUser, "admin@acme.test");
    String bob = TestTokens.user(bobUser, "bob@acme.test");
    long position;

    @BeforeEach
    void setUp() {
        events.append(
                adminUser,
                new UserRegistered(
                        adminUser, "admin@acme.test", "Ada Admin", KdfType.PBKDF2_SHA256, 600000, "2.k", "pk", "2.pk"));
        events.append(
                bobUser,
                new UserRegistered(
                        bobUser, "bob@acme.test", "Bob", KdfType.PBKDF2_SHA256, 600000, "2.k", "pk-bob", "2.pk"));
        position = events.append(
                providerId,
                new ProviderCreated(providerId, "Acme IT", null, ProviderType.MSP, "billing@acme.test"),
                new ProviderUserAdded(
                        providerId, UUID.randomUUID(), adminUser, "admin@acme.test", ProviderUserType.PROVIDER_ADMIN),
                new ProviderUserInvited(providerId, bobMember, "bob@acme.test", ProviderUserType.SERVICE_USER));
    }

    @Test
    void aNewProviderAwaitsItsOwnerWhoThenHoldsTheProviderKey() throws Exception {
        UUID pending = UUID.randomUUID();
        UUID ownerMember = UUID.randomUUID();
        position = events.append(
                pending,
                new ProviderCreated(pending, "Fresh IT", null, ProviderType.MSP, "billing@fresh.test"),
                new ProviderOwnerAssigned(pending, ownerMember, bobUser, "bob@acme.test"));
        read("/providers", bob)
                .andExpect(
                        jsonPath("$.data[?(@.id == '" + pending + "')].setUp").value(false))
                .andExpect(
                        jsonPath("$.data[?(@.id == '" + pending + "')].status").value("ACCEPTED"))
                .andExpect(jsonPath("$.data[?(@.id == '" + pending + "')].key")
                        .value(Matchers.contains(Matchers.nullValue())));
        read("/providers/" + pending, bob).andExpect(status().isNotFound());

        position = events.append(pending, new ProviderSetUp(pending, ownerMember, bobUser, "4.providerKeyForBob"));
        read("/providers", bob)
                .andExpect(
                        jsonPath("$.data[?(@.id == '" + pending + "')].setUp").value(true))
                .andExpect(
                        jsonPath("$.data[?(@.id == '" + pending + "')].status").value("CONFIRMED"))
                .andExpect(jsonPath("$.data[?(@.id == '" + pending + "')].key").value("4.providerKeyForBob"));
        read("/providers/" + pending + "/users", bob).andExpect(status().isOk());
    }

    @Test
    void providerAdminsReadThePublicKeysOfTheMembersTheyConfirm() throws Exception {
        String stranger = TestTokens.user(UUID.randomUUID(), "stranger@example.test");
        String publicKeys = "/providers/" + providerId + "/users/public-keys";
        Map<String, List<UUID>> ids = Map.of("ids", List.of(bobMember));

        // invited: no user yet, so no key to confirm with
        post(publicKeys, admin, ids)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.length()").value(0));
        read("/users/" + bobUser + "/public-key", admin).andExpect(status().isNotFound());

        position = events.append(providerId, new ProviderUserAccepted(providerId, bobMember, bobUser));
        post(publicKeys, admin, ids)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[0].id").value(bobMember.toString()))
                .andExpect(jsonPath("$.data[0].userId").value(bobUser.toString()))
                .andExpect(jsonPath("$.data[0].key").value("pk-bob"));
        read("/users/" + bobUser + "/public-key", admin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value(bobUser.toString()))
                .andExpect(jsonPath("$.publicKey").value("pk-bob"));
        read("/users/" + bobUser + "/public-key", bob).andExpect(status().isOk());

        // an account the caller has nothing to confirm of is unknown, like one that does not exist
        read("/users/" + bobUser + "/public-key", stranger)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("user.not-found"));
        read("/users/" + adminUser + "/public-key", bob).andExpect(status().isNotFound());
        read("/users/" + UUID.randomUUID() + "/public-key", admin).andExpect(status().isNotFound());
        post(publicKeys, stranger, ids).andExpect(status().isNotFound());
        post(publicKeys, bob, ids).andExpect(status().isNotFound());
        post(publicKeys, admin, Map.of("ids", List.of()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ids"));

        position = events.append(providerId, new ProviderUserConfirmed(providerId, bobMember, bobUser, "4.key"));
        post(publicKeys, admin, ids).andExpect(jsonPath("$.data.length()").value(0));
        post(publicKeys, bob, ids).andExpect(status().isForbidden());
    }

    private ResultActions post(String path, String token, Object body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .header("Authorization", "Bearer " + token)
                .header(PortalHeaders.MIN_POSITION, position)
                .contentType(MediaType.APPLICATION_JSON)
                .content(new ObjectMapper().writeValueAsString(body)));
    }

    private ResultActions read(String path, String token) throws Exception {
        return mvc.perform(
                get(path).header("Authorization", "Bearer " + token).header(PortalHeaders.MIN_POSITION, position));
    }

    @Test
    void providerAdminsSeeEveryMemberWithStatusTypeAndName() throws Exception {
        position = events.append(providerId, new ProviderUserAccepted(providerId, bobMember, bobUser));

        read("/providers/" + providerId + "/users", admin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.length()").value(2))
                .andExpect(jsonPath("$.data[0].email").value("admin@acme.test"))
                .andExpect(jsonPath("$.data[0].name").value("Ada Admin"))
                .andExpect(jsonPath("$.data[0].type").value("PROVIDER_ADMIN"))
                .andExpect(jsonPath("$.data[0].status").value("CONFIRMED"))
                .andExpect(jsonPath("$.data[1].id").value(bobMember.toString()))
                .andExpect(jsonPath("$.data[1].userId").value(bobUser.toString()))
                .andExpect(jsonPath("$.data[1].name").value("Bob"))
                .andExpect(jsonPath("$.data[1].status").value("ACCEPTED"));
    }

    @Test
    void onlyConfirmedMembersGetInAndServiceUsersNotIntoTheMemberList() throws Exception {
        position = events.append(providerId, new ProviderUserAccepted(providerId, bobMember, bobUser));
        read("/providers/" + providerId, bob).andExpect(status().isNotFound());

        position = events.append(providerId, new ProviderUserConfirmed(providerId, bobMember, bobUser, "4.key"));
        read("/providers/" + providerId, bob).andExpect(status().isOk());
        read("/providers/" + providerId + "/clients", bob).andExpect(status().isOk());
        read("/providers/" + providerId + "/users", bob)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("provider.admin-required"));

        position = events.append(
                providerId, new ProviderUserTypeChanged(providerId, bobMember, ProviderUserType.PROVIDER_ADMIN));
        read("/providers/" + providerId + "/users", bob).andExpect(status().isOk());

        position = events.append(providerId, new ProviderUserRemoved(providerId, bobMember));
        read("/providers/" + providerId, bob).andExpect(status().isNotFound());
    }

    @Test
    void usersListTheProvidersTheyBelongToWithTheirRole() throws Exception {
        position = events.append(
                providerId,
                new ProviderUserAccepted(providerId, bobMember, bobUser),
                new ProviderUserConfirmed(providerId, bobMember, bobUser, "4.key"));

        read("/providers", bob)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.length()").value(1))
                .andExpect(jsonPath("$.data[0].id").value(providerId.toString()))
                .andExpect(jsonPath("$.data[0].name").value("Acme IT"))
                .andExpect(jsonPath("$.data[0].role").value("SERVICE_USER"))
                .andExpect(jsonPath("$.data[0].status").value("CONFIRMED"))
                .andExpect(jsonPath("$.data[0].setUp").value(true))
                .andExpect(jsonPath("$.data[0].key").value("4.key"));
        read("/providers", TestTokens.user(UUID.randomUUID(), "nobody@example.test"))
                .andExpect(jsonPath("$.data.length()").value(0));
    }
}
