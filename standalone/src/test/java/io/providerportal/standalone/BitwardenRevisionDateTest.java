package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.client.ClientCrypto;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bitwarden's clients sync only when the account's revision date moved: it moves for everyone a change reaches (the
 * organization's members and the members of its provider) and for no one else, for each kind of change.
 */
@PortalTest
class BitwardenRevisionDateTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private PortalTestClient api;

    @Test
    void theRevisionDateMovesForEveryoneAChangeReachesAndNobodyElse() throws Exception {
        api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        Scenario.Provider provider = scenario.provider("ContosoMsp");
        Scenario.Member technician = provider.confirmed("Technician", "SERVICE_USER");
        Scenario.Organization client = scenario.client(provider, "Proseware", 10);
        Scenario.Member reader = client.confirmed("Reader", "USER", List.of());
        ColdClient stranger = api.signUp("Stranger");
        String owner = client.adminToken;
        String path = "/organizations/" + client.id;
        List<String> reached = List.of(reader.token(), technician.token(), owner);

        changes(
                reached,
                stranger,
                "an item",
                () -> api.post(
                                "/items",
                                owner,
                                Items.inOrganization(
                                        Items.login(client.admin.organizationKey(client.id), "router", "admin", "pw"),
                                        client.id,
                                        client.defaultCollectionId))
                        .andExpect(status().isCreated()));
        UUID collection = api.createdId(changes(
                reached,
                stranger,
                "a collection",
                () -> api.post(path + "/collections", owner, Map.of("name", Scenario.encrypted("Finance")))
                        .andExpect(status().isCreated())));
        changes(
                reached,
                stranger,
                "a collection's access",
                () -> api.put(
                                path + "/collections/" + collection + "/access",
                                owner,
                                Map.of("users", List.of(Map.of("id", reader.id(), "readOnly", true))))
                        .andExpect(status().isNoContent()));
        changes(
                reached,
                stranger,
                "a group",
                () -> api.post(path + "/groups", owner, Map.of("name", "Staff", "members", List.of(reader.id())))
                        .andExpect(status().isCreated()));
        changes(reached, stranger, "a membership", () -> client.invite("Newcomer", "USER", List.of()));

        // a change of one account's own vault reaches that account only
        changes(
                List.of(reader.token()),
                stranger,
                "a folder",
                () -> api.post(
                                "/folders",
                                reader.token(),
                                Map.of(
                                        "name",
                                        ClientCrypto.encrypt(reader.account().userKey(), "Mine")))
                        .andExpect(status().isCreated()));
        long ownerBefore = revision(owner);
        api.post(
                        "/folders",
                        reader.token(),
                        Map.of("name", ClientCrypto.encrypt(reader.account().userKey(), "More")))
                .andExpect(status().isCreated());
        assertThat(revision(owner)).isEqualTo(ownerBefore);

        // a member who loses the organization syncs once more, to drop it
        changes(
                List.of(reader.token()),
                stranger,
                "a removal",
                () -> api.delete(path + "/users/" + reader.id(), owner).andExpect(status().isNoContent()));
    }

    /** Makes the change; the revision date moved for each of {@code reached} and stayed for {@code stranger}. */
    private <T> T changes(List<String> reached, ColdClient stranger, String what, Change<T> change) throws Exception {
        List<Long> before = reached.stream().map(this::revision).toList();
        long strangerBefore = revision(stranger.token());
        T result = change.make();
        for (int i = 0; i < reached.size(); i++) {
            assertThat(revision(reached.get(i)))
                    .as("after %s, the revision of the account %d", what, i)
                    .isGreaterThan(before.get(i));
        }
        assertThat(revision(stranger.token()))
                .as("after %s, the stranger's revision", what)
                .isEqualTo(strangerBefore);
        return result;
    }

    private long revision(String token) {
        try {
            return Long.parseLong(api.get("/api/accounts/revision-date", token)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Change<T> {
        T make() throws Exception;
    }
}
