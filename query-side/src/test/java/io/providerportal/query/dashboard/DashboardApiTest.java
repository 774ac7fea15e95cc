package io.providerportal.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.events.organization.ClientOrganizationCreated;
import io.providerportal.events.organization.CollectionCreated;
import io.providerportal.events.organization.CollectionDeleted;
import io.providerportal.events.organization.OrganizationDisabled;
import io.providerportal.events.organization.OrganizationUserInvited;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.organization.PlanType;
import io.providerportal.events.provider.ProviderCreated;
import io.providerportal.events.provider.ProviderProfileUpdated;
import io.providerportal.events.provider.ProviderType;
import io.providerportal.events.provider.ProviderUserAdded;
import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.events.vault.VaultItemCreated;
import io.providerportal.events.vault.VaultItemPurged;
import io.providerportal.events.vault.VaultItemShared;
import io.providerportal.events.vault.VaultItemTrashed;
import io.providerportal.events.vault.VaultItemType;
import io.providerportal.platform.PortalHeaders;
import io.providerportal.query.support.EventAppender;
import io.providerportal.query.support.TestTokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
class DashboardApiTest {

    private static final String KEY =
            "2.AAAAAAAAAAAAAAAAAAAAAA==|AAAAAAAAAAAAAAAAAAAAAA==|" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    private static final String[] NAMES = {
        "Contoso", "fabrikam", "Northwind", "Adatum", "Litware", "Tailspin", "Wingtip"
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    EventAppender events;

    final ObjectMapper json = new ObjectMapper();
    UUID providerId;
    UUID adminId;
    String admin;
    long position;

    @BeforeEach
    void setUp() {
        providerId = UUID.randomUUID();
        adminId = UUID.randomUUID();
        admin = TestTokens.user(adminId, "admin@acme.test");
        position = events.append(
                providerId,
                new ProviderCreated(providerId, "Acme IT", "Acme IT Ltd", ProviderType.MSP, "billing@acme.test"),
                new ProviderUserAdded(
                        providerId, UUID.randomUUID(), adminId, "admin@acme.test", ProviderUserType.PROVIDER_ADMIN));
    }

    private UUID client(String name, PlanType plan, int seats, int invited) {
        UUID organizationId = UUID.randomUUID();
        position = events.append(
                organizationId,
                new ClientOrganizationCreated(organizationId, providerId, name, plan, seats, "billing@acme.test", KEY));
        for (int i = 0; i < invited; i++) {
            position = events.append(
                    organizationId,
                    new OrganizationUserInvited(
                            organizationId,
                            UUID.randomUUID(),
                            "user" + i + "@contoso.test",
                            OrganizationUserType.USER));
        }
        return organizationId;
    }

    private ResultActions read(String path, String token) throws Exception {
        return mvc.perform(
                get(path).header("Authorization", "Bearer " + token).header(PortalHeaders.MIN_POSITION, position));
    }

    @Test
    void aMemberSeesTheProviderAndEachClientWithItsSeatCounts() throws Exception {
        UUID contoso = client("Contoso", PlanType.TEAMS, 10, 3);
        position = events.append(providerId, new ProviderProfileUpdated(providerId, "Acme", null, "a@acme.test"));

        read("/providers/" + providerId, admin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Acme"))
                .andExpect(jsonPath("$.type").value("MSP"))
                .andExpect(jsonPath("$.clientCount").value(1));
        read("/providers/" + providerId + "/clients", admin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.length()").value(1))
                .andExpect(jsonPath("$.data[0].organizationId").value(contoso.toString()))
                .andExpect(jsonPath("$.data[0].plan").value("TEAMS"))
                .andExpect(jsonPath("$.data[0].seats").value(10))
                .andExpect(jsonPath("$.data[0].occupiedSeats").value(3))
                .andExpect(jsonPath("$.data[0].remainingSeats").value(7))
                .andExpect(jsonPath("$.data[0].confirmedUsers").value(0))
                .andExpect(jsonPath("$.data[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.continuationToken").isEmpty());
    }

    @Test
    void aDisabledClientShowsAsDisabled() throws Exception {
        UUID contoso = client("Contoso", PlanType.TEAMS, 10, 0);
        position = events.append(contoso, new OrganizationDisabled(contoso));

        read("/providers/" + providerId + "/clients", admin)
                .andExpect(jsonPath("$.data[0].status").value("DISABLED"));
    }

    @Test
    void eachClientCountsItsLiveCollectionsAndItsItemsTrashIncluded() throws Exception {
        // given
        UUID contoso = client("Contoso", PlanType.TEAMS, 10, 0);
        UUID fabrikam = client("Fabrikam", PlanType.TEAMS, 10, 0);
        UUID kept = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        position = events.append(
                contoso,
                new CollectionCreated(contoso, kept, KEY),
                new CollectionCreated(contoso, deleted, KEY),
                new CollectionDeleted(contoso, deleted));
        item(contoso, null);
        UUID trashed = item(contoso, null);
        UUID purged = item(contoso, null);
        UUID owner = UUID.randomUUID();
        UUID shared = item(null, owner);
        item(null, owner);
        Instant now = Instant.now();

        // when
        position = events.append(trashed, new VaultItemTrashed(trashed, contoso, null, now));
        position = events.append(purged, new VaultItemPurged(purged, contoso, null));
        position = events.append(shared, new VaultItemShared(shared, contoso, owner, "{}", KEY, List.of(kept), now));

        // then
        read("/providers/" + providerId + "/clients?sort=items&direction=desc", admin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[0].organizationId").value(contoso.toString()))
                .andExpect(jsonPath("$.data[0].collections").value(1))
                .andExpect(jsonPath("$.data[0].items").value(3))
                .andExpect(jsonPath("$.data[1].organizationId").value(fabrikam.toString()))
                .andExpect(jsonPath("$.data[1].items").value(0));
        read("/providers/" + providerId + "/clients?sort=collections", admin)
                .andExpect(jsonPath("$.data[0].organizationId").value(fabrikam.toString()))
                .andExpect(jsonPath("$.data[0].collections").value(0));
    }

    private UUID item(UUID organizationId, UUID ownerUserId) {
        UUID itemId = UUID.randomUUID();
        position = events.append(
                itemId,
                new VaultItemCreated(
                        itemId,
                        organizationId,
                        ownerUserId,
                        VaultItemType.SECURE_NOTE,
                        "{}",
                        null,
                        false,
                        List.of(),
                        Instant.now()));
        return itemId;
    }

    @Test
    void searchesByNameIgnoringCaseAndTakesWildcardsLiterally() throws Exception {
        client("Contoso", PlanType.TEAMS, 10, 0);
        client("Fabrikam", PlanType.TEAMS, 10, 0);
        client("100% Tools", PlanType.TEAMS, 10, 0);

        assertThat(search("CONT")).containsExactly("Contoso");
        assertThat(search("%")).containsExactly("100% Tools");
        assertThat(search("a")).containsExactly("Fabrikam");
    }

    @ParameterizedTest
    @CsvSource({"name,asc", "name,desc", "seats,asc", "seats,desc", "occupiedSeats,desc", "plan,asc", "createdAt,desc"})
    void everySortPagesThroughAllClientsInOrderWithoutRepeats(String sort, String direction) throws Exception {
        List<Row> expected = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            PlanType plan = i % 2 == 0 ? PlanType.TEAMS : PlanType.ENTERPRISE;
            int seats = 5 + (i % 3);
            UUID id = client(NAMES[i], plan, seats, i % 4);
            expected.add(new Row(id, NAMES[i], plan.name(), seats, i % 4, i));
        }
        Comparator<Row> order = switch (sort) {
            case "name" -> Comparator.comparing((Row r) -> r.name().toLowerCase());
            case "seats" -> Comparator.comparingInt(Row::seats);
            case "occupiedSeats" -> Comparator.comparingInt(Row::occupied);
            case "plan" -> Comparator.comparing(Row::plan);
            default -> Comparator.comparingInt(Row::created);
        };
        order = order.thenComparing(r -> r.id().toString()); // PostgreSQL orders uuids as unsigned bytes
        expected.sort("desc".equals(direction) ? order.reversed() : order);

        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            String path = "/providers/" + providerId + "/clients?limit=3&sort=" + sort + "&direction=" + direction
                    + (token == null ? "" : "&continuationToken=" + token);
            JsonNode page = json.readTree(read(path, admin)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            page.get("data").forEach(row -> seen.add(row.get("organizationId").asText()));
            token = page.get("continuationToken").isNull()
                    ? null
                    : page.get("continuationToken").asText();
        } while (token != null);

        assertThat(seen)
                .containsExactlyElementsOf(
                        expected.stream().map(r -> r.id().toString()).toList());
    }

    @Test
    void aContinuationTokenOnlyWorksForItsOwnOrdering() throws Exception {
        for (int i = 0; i < 3; i++) {
            client(NAMES[i], PlanType.TEAMS, 5, 0);
        }
        JsonNode page = json.readTree(read("/providers/" + providerId + "/clients?limit=1", admin)
                .andReturn()
                .getResponse()
                .getContentAsString());
        String token = page.get("continuationToken").asText();

        read("/providers/" + providerId + "/clients?limit=1&sort=seats&continuationToken=" + token, admin)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("continuationToken"));
        read("/providers/" + providerId + "/clients?continuationToken=garbage", admin)
                .andExpect(status().isBadRequest());
        read("/providers/" + providerId + "/clients?limit=0", admin).andExpect(status().isBadRequest());
        read("/providers/" + providerId + "/clients?direction=up", admin)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("direction"));
    }

    @Test
    void onlyMembersAndOperatorsReadAProvider() throws Exception {
        client("Contoso", PlanType.TEAMS, 10, 0);
        String stranger = TestTokens.user(UUID.randomUUID(), "stranger@example.test");

        for (String path : List.of("/providers/" + providerId, "/providers/" + providerId + "/clients")) {
            read(path, stranger)
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("provider.not-found"));
            read(path, TestTokens.operator()).andExpect(status().isOk());
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
            read(path, TestTokens.withSubject("admin@acme.test")).andExpect(status().isUnauthorized());
        }
    }

    private List<String> search(String text) throws Exception {
        ResultActions result = mvc.perform(get("/providers/" + providerId + "/clients")
                .param("search", text)
                .header("Authorization", "Bearer " + admin)
                .header(PortalHeaders.MIN_POSITION, position));
        List<String> names = new ArrayList<>();
        json.readTree(result.andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("data")
                .forEach(row -> names.add(row.get("name").asText()));
        return names;
    }

    private record Row(UUID id, String name, String plan, int seats, int occupied, int created) {}
}
