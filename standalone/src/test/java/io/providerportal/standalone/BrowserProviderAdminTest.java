package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.client.ClientAccount;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.platform.test.Scenarios;
import io.providerportal.standalone.Scenario.Organization;
import io.providerportal.standalone.Scenario.Provider;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A Provider Admin in real Chromium administers the provider: members (invite, confirm one and in bulk, change a
 * role, reinvite and remove), the settings, and the clients (rename, resize, unlink, add an organization they own).
 * Then a Service User logs in and is offered only what the API lets them do. The invited users accept through the
 * API, each as their own client with the token from their own mail.
 */
class BrowserProviderAdminTest extends BrowserTest {

    private static final Pattern MEMBER_ID = Pattern.compile("/users/([0-9a-f-]{36})/accept");

    @Test
    void aProviderAdminManagesMembersSettingsAndClientsAndAServiceUserSeesOnlyWhatIsTheirs() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        PortalPage page = new PortalPage(chromium, port);

        ClientAccount adminAccount = api.register("Admin");
        ColdClient admin = ColdClient.logIn(api, adminAccount.email(), adminAccount.password());
        UUID providerId = api.createdId(api.post(
                        "/providers",
                        scenario.operator(),
                        Map.of(
                                "name",
                                "Acme IT",
                                "type",
                                "MSP",
                                "billingEmail",
                                "billing@acme-it.test",
                                "ownerEmail",
                                admin.email()))
                .andExpect(status().isCreated()));
        admin.setUpProvider(providerId).andExpect(status().isNoContent());
        api.put("/providers/" + providerId + "/plans/TEAMS", scenario.operator(), Map.of("seatMinimum", 40))
                .andExpect(status().isNoContent());
        Provider provider = scenario.new Provider(providerId, admin);
        Organization contoso = scenario.client(provider, "Contoso", 10);
        scenario.client(provider, "Fabrikam", 5);
        Organization homegrown = scenario.own(admin, "Homegrown", 5);

        ClientAccount sam = api.register("Sam");
        ClientAccount ada = api.register("Ada");
        ClientAccount max = api.register("Max");
        String stranger = "stranger-" + UUID.randomUUID() + "@example.test";

        page.logIn(adminAccount.email(), adminAccount.password());
        chromium.await(d -> page.rows("clients").size() == 2);

        // members: invite three as Service Users and one as Provider Admin
        page.clickLink("Members");
        page.click("Invite members");
        page.type("emails", sam.email() + ", " + max.email() + "\n" + stranger);
        page.select("type", "SERVICE_USER");
        page.click("Send invitations");
        chromium.await(d -> page.rows("members").size() == 4);
        page.click("Invite members");
        page.type("emails", ada.email());
        page.select("type", "PROVIDER_ADMIN");
        page.click("Send invitations");
        chromium.await(d -> page.rows("members").size() == 5);
        assertThat(page.row("members", stranger)).containsExactly(stranger, "Service User", "Invited");
        assertThat(page.row("members", ada.email())).containsExactly(ada.email(), "Provider Admin", "Invited");

        for (ClientAccount invited : List.of(sam, ada, max)) {
            accept(api, providerId, invited);
        }
        // the page reads after the admin's own writes; these were others', so wait for the read model once here
        api.get("/providers/" + providerId + "/users", admin.token()).andExpect(status().isOk());

        page.clickLink("Clients");
        page.clickLink("Members");
        page.click("Needs confirmation (3)");
        chromium.await(d -> page.rows("members").size() == 3);
        page.clickLabelled("Confirm " + sam.email());
        chromium.await(d -> page.rows("members").size() == 2);
        page.check("Select " + ada.email());
        page.check("Select " + max.email());
        page.click("Confirm selected (2)");
        page.text("No members here.");
        page.click("All (5)");
        chromium.await(d -> page.rows("members").size() == 5);
        for (ClientAccount confirmed : List.of(sam, ada, max)) {
            assertThat(page.row("members", confirmed.email()).get(2)).isEqualTo("Confirmed");
        }

        page.clickLabelled("Edit role " + max.email());
        page.select("type", "PROVIDER_ADMIN");
        page.click("Save role");
        chromium.await(d -> page.row("members", max.email()).get(1).equals("Provider Admin"));

        page.check("Select " + stranger);
        page.click("Reinvite selected (1)");
        page.visible(By.xpath("//button[normalize-space(.)='Reinvite selected (0)']"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from mail_outbox where recipient = ?")
                                .param(stranger)
                                .query(Long.class)
                                .single()
                        == 2);
        page.check("Select " + stranger);
        page.click("Remove selected (1)");
        chromium.await(d -> page.rows("members").size() == 4);

        page.clickLabelled("Remove " + ada.email());
        page.click("Really remove " + ada.email() + "?");
        chromium.await(d -> page.rows("members").size() == 3);

        Map<String, String> members = new HashMap<>();
        for (JsonNode member : api.body(api.get("/providers/" + providerId + "/users", admin.token())
                        .andExpect(status().isOk()))
                .get("data")) {
            members.put(
                    member.get("email").asText(),
                    member.get("type").asText() + " " + member.get("status").asText());
        }
        assertThat(members)
                .containsOnly(
                        Map.entry(admin.email(), "PROVIDER_ADMIN CONFIRMED"),
                        Map.entry(sam.email(), "SERVICE_USER CONFIRMED"),
                        Map.entry(max.email(), "PROVIDER_ADMIN CONFIRMED"));
        // the keys the browser wrapped open for the confirmed: each reads the provider key with their own password
        assertThat(ColdClient.logIn(api, max.email(), max.password())
                        .providerKey(providerId)
                        .toBytes())
                .isEqualTo(admin.providerKey(providerId).toBytes());

        // settings: the profile is edited, the seat pool is shown as the operator set it
        page.clickLink("Settings");
        chromium.await(d -> page.rows("plans").size() == 1);
        assertThat(page.rows("plans")).containsExactly(List.of("TEAMS", "40", "15", "25"));
        page.type("name", "Acme Managed");
        page.type("businessName", "Acme Managed Services Ltd");
        page.type("billingEmail", "accounts@acme-managed.test");
        page.click("Save settings");
        page.text("Settings saved.");
        JsonNode profile =
                api.body(api.get("/providers/" + providerId, admin.token()).andExpect(status().isOk()));
        assertThat(profile.get("name").asText()).isEqualTo("Acme Managed");
        assertThat(profile.get("businessName").asText()).isEqualTo("Acme Managed Services Ltd");
        assertThat(profile.get("billingEmail").asText()).isEqualTo("accounts@acme-managed.test");
        page.visible(By.xpath("//nav[@aria-label='Main']/a[.='Acme Managed']"));

        // clients: rename and resize one, unlink one, add the organization the admin owns
        page.clickLink("Clients");
        page.clickLabelled("Edit Contoso");
        page.type("name", "Contoso Ltd");
        page.type("seats", "12");
        page.click("Save client");
        chromium.await(d -> page.row("clients", "Contoso Ltd") != null);
        assertThat(page.row("clients", "Contoso Ltd"))
                .containsExactly("Contoso Ltd", "12", "1", "11", "TEAMS", "ACTIVE");
        // unlinked with the keyboard alone: the question takes the focus from the button that asked it
        page.visible(By.xpath("//button[@aria-label='Unlink Fabrikam']")).sendKeys(Keys.ENTER);
        chromium.await(d -> d.switchTo().activeElement().getText().equals("Really unlink Fabrikam?"));
        chromium.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        chromium.await(d -> page.row("clients", "Fabrikam") == null);
        page.click("Add existing organization");
        page.select("organizationId", homegrown.id.toString());
        page.click("Add to provider");
        chromium.await(d -> page.row("clients", "Homegrown") != null);
        assertThat(provider.clientNames()).containsExactlyInAnyOrder("Contoso Ltd", "Homegrown");
        // the key the browser put under the provider key opens the organization for another Provider Admin
        assertThat(ColdClient.logIn(api, max.email(), max.password())
                        .organizationKey(homegrown.id)
                        .toBytes())
                .isEqualTo(admin.organizationKey(homegrown.id).toBytes());

        // a Service User: the clients only, and on them only what the API lets a Service User do; more seats than
        // the provider bought are the server's to refuse, in its words
        page.click("Log out");
        page.logIn(sam.email(), sam.password());
        chromium.await(d -> page.rows("clients").size() == 2);
        assertThat(chromium.driver.findElements(By.cssSelector("nav[aria-label=Provider] a")))
                .extracting(a -> a.getText())
                .containsExactly("Clients");
        for (String refused :
                List.of("New client", "Add existing organization", "Unlink Contoso Ltd", "Unlink Homegrown")) {
            assertThat(page.hasButton(refused)).as(refused).isFalse();
        }
        page.clickLabelled("Edit Contoso Ltd");
        page.type("seats", "50");
        page.click("Save client");
        assertThat(page.visible(By.cssSelector(".panel [role=alert]")).getText())
                .isEqualTo("Service users cannot purchase additional seats.");
        page.type("seats", "11");
        page.click("Save client");
        chromium.await(d -> page.row("clients", "Contoso Ltd").get(1).equals("11"));
        // the dashboard the page just read: it has the Service User's write already
        api.get("/providers/" + providerId + "/clients?search=Contoso", admin.token())
                .andExpect(jsonPath("$.data[0].organizationId").value(contoso.id.toString()))
                .andExpect(jsonPath("$.data[0].seats").value(11));
    }

    /** The invited user accepts with the token of their own mail, logged in as themselves. */
    private void accept(PortalTestClient api, UUID providerId, ClientAccount invited) throws Exception {
        String link = Scenarios.invitationLink(jdbc, invited.email());
        Matcher memberId = MEMBER_ID.matcher(link);
        assertThat(memberId.find()).as(link).isTrue();
        String token =
                ColdClient.logIn(api, invited.email(), invited.password()).token();
        api.post(
                        "/providers/" + providerId + "/users/" + memberId.group(1) + "/accept",
                        token,
                        Map.of("token", Scenarios.token(link)))
                .andExpect(status().isNoContent());
    }
}
