package io.providerportal.query.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.platform.PortalHeaders;
import io.providerportal.query.support.EventAppender;
import io.providerportal.query.support.TestTokens;
import io.providerportal.query.vault.RandomOrganization.Flags;
import io.providerportal.query.vault.VaultFixture.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every member's My Vault of a random organization equals what the rules give on a plain model of it. The seed is
 * printed; {@code -Dvault.seed=…} replays one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestTokens.class)
class MyVaultCorrectnessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventAppender events;

    final ObjectMapper json = new ObjectMapper();

    @RepeatedTest(3)
    void everyMembersVaultIsWhatTheRulesGive() throws Exception {
        // given
        long seed = Long.getLong("vault.seed", System.nanoTime());
        System.out.println("MyVaultCorrectnessTest seed " + seed);
        VaultFixture org = new VaultFixture(events);
        RandomOrganization model = new RandomOrganization(new Random(seed), org);
        model.generate();

        for (Member member : model.members.keySet()) {
            for (boolean trash : List.of(false, true)) {
                // when
                JsonNode vault = json.readTree(mvc.perform(get("/vault?trash=" + trash)
                                .header("Authorization", "Bearer " + member.token())
                                .header(PortalHeaders.MIN_POSITION, org.position))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

                // then
                String context = "seed " + seed + ", member " + member.id() + ", trash " + trash;
                assertThat(items(vault)).as(context).isEqualTo(model.expectedItems(member, trash));
                assertThat(collections(vault)).as(context).isEqualTo(expectedCollections(model.reach(member)));
                vault.get("items")
                        .forEach(item -> assertThat(item.at("/data/login").has("password"))
                                .as(context)
                                .isEqualTo(item.get("viewPassword").asBoolean()));
            }
        }
    }

    private static Set<String> items(JsonNode vault) {
        Set<String> items = new TreeSet<>();
        vault.get("items").forEach(item -> {
            List<String> collections = new ArrayList<>();
            item.get("collectionIds").forEach(id -> collections.add(id.asText()));
            items.add(RandomOrganization.line(
                    UUID.fromString(item.get("id").asText()),
                    item.get("edit").asBoolean(),
                    item.get("viewPassword").asBoolean(),
                    item.get("manage").asBoolean(),
                    collections));
        });
        return items;
    }

    private static Set<String> collections(JsonNode vault) {
        Set<String> collections = new TreeSet<>();
        vault.get("collections")
                .forEach(c -> collections.add(c.get("id").asText() + " "
                        + new Flags(
                                c.get("readOnly").asBoolean(),
                                c.get("hidePasswords").asBoolean(),
                                c.get("manage").asBoolean())));
        return collections;
    }

    private static Set<String> expectedCollections(Map<UUID, Flags> reach) {
        Set<String> collections = new TreeSet<>();
        reach.forEach((id, flags) -> collections.add(id + " " + flags));
        return collections;
    }
}
