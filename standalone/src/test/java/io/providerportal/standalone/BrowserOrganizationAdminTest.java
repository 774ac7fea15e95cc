package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.client.ClientAccount;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.Scenario.Member;
import io.providerportal.standalone.Scenario.Organization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An organization's Owner in real Chromium manages its groups and policies, checked over the API afterwards; and
 * an auditor downloads the history, reads an organization as it was at an instant and verifies the hash chain.
 */
class BrowserOrganizationAdminTest extends BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anOwnerManagesGroupsAndPolicies() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        PortalPage page = new PortalPage(chromium, port);
        ClientAccount ownerAccount = api.register("Olivia");
        ColdClient owner = ColdClient.logIn(api, ownerAccount.email(), ownerAccount.password());
        Organization org = scenario.own(owner, "Northwind", 10);
        Member bob = org.confirmed("Bob", "USER", List.of());
        String groups = "/organizations/" + org.id + "/groups";

        page.logIn(ownerAccount.email(), ownerAccount.password());
        page.go("#/organizations/" + org.id + "/groups");
        page.text("No groups yet.");

        page.click("New group");
        page.type("name", "Admins");
        page.check(bob.account().email());
        page.selectLabelled("Access to Default collection", "edit");
        page.click("Create group");
        chromium.await(d -> page.row("groups", "Admins") != null);
        assertThat(page.row("groups", "Admins"))
                .containsExactly("Admins", bob.account().email(), "Default collection");
        api.get(groups, org.adminToken)
                .andExpect(jsonPath("$.data.length()").value(1))
                .andExpect(jsonPath("$.data[0].name").value("Admins"))
                .andExpect(jsonPath("$.data[0].members[0]").value(bob.id().toString()))
                .andExpect(jsonPath("$.data[0].collections[0].id").value(org.defaultCollectionId.toString()))
                .andExpect(jsonPath("$.data[0].collections[0].readOnly").value(false))
                .andExpect(jsonPath("$.data[0].collections[0].hidePasswords").value(false))
                .andExpect(jsonPath("$.data[0].collections[0].manage").value(false));

        page.clickLabelled("Edit Admins");
        page.type("name", "Administrators");
        page.click("Save group");
        chromium.await(d -> page.row("groups", "Administrators") != null);
        // the page's reads waited for its writes; the same read model answers the API's read
        api.get(groups, org.adminToken)
                .andExpect(jsonPath("$.data[0].name").value("Administrators"))
                .andExpect(jsonPath("$.data[0].members[0]").value(bob.id().toString()));

        page.clickLabelled("Delete Administrators");
        page.click("Really delete Administrators?");
        page.text("No groups yet.");
        api.get(groups, org.adminToken).andExpect(jsonPath("$.data").isEmpty());

        // policies: a setting out of range is refused beside its field, then the policy is saved
        page.clickLink("Policies");
        WebElement policy = page.visible(By.cssSelector("section[aria-labelledby='policy-MASTER_PASSWORD-title']"));
        policy.findElement(By.name("enabled")).click();
        page.type(policy.findElement(By.name("minLength")), "8");
        page.type(policy.findElement(By.name("minComplexity")), "3");
        policy.findElement(By.name("requireUpper")).click();
        policy.findElement(By.name("requireNumbers")).click();
        page.clickLabelled("Save Master password requirements");
        WebElement reason = chromium.visible(By.xpath("//section[@aria-labelledby='policy-MASTER_PASSWORD-title']"
                + "//input[@name='minLength']/following-sibling::span[@class='field-error']"));
        assertThat(reason.getText()).isEqualTo("must be a whole number from 12 to 128");
        assertThat(policy.findElement(By.name("minLength")).getAttribute("aria-describedby"))
                .isEqualTo(reason.getAttribute("id"));
        api.get("/organizations/" + org.id + "/policies/MASTER_PASSWORD", org.adminToken)
                .andExpect(jsonPath("$.enabled").value(false));

        page.type(policy.findElement(By.name("minLength")), "14");
        page.clickLabelled("Save Master password requirements");
        chromium.visible(By.xpath("//section[@aria-labelledby='policy-MASTER_PASSWORD-title']//p[.='Saved.']"));
        assertThat(chromium.driver.findElements(By.cssSelector(".field-error"))).isEmpty();
        JsonNode saved = api.body(api.get("/organizations/" + org.id + "/policies/MASTER_PASSWORD", org.adminToken)
                .andExpect(status().isOk()));
        assertThat(saved.get("enabled").asBoolean()).isTrue();
        assertThat(saved.get("data")).isEqualTo(JSON.readTree("""
                {"enforceOnLogin": false, "minComplexity": 3, "minLength": 14, "requireLower": false,
                 "requireNumbers": true, "requireSpecial": false, "requireUpper": true}
                """));
    }

    @Test
    void anAuditorDownloadsTheHistoryReadsAnOrganizationAtAnInstantAndVerifiesTheChain() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        PortalPage page = new PortalPage(chromium, port);
        Organization org = scenario.own("Ledger", 5);
        Instant beforeGroup = Instant.now();
        api.post("/organizations/" + org.id + "/groups", org.adminToken, Map.of("name", "Finance"))
                .andExpect(status().isCreated());

        // an operator makes a user an auditor; the role comes with their next login
        ClientAccount auditor = api.register("Audrey");
        String userToken = api.login(auditor);
        String userId = api.body(api.get("/vault", userToken).andExpect(status().isOk()))
                .at("/profile/id")
                .asText();
        api.put("/admin/auditors/" + userId, scenario.operator(), null).andExpect(status().isNoContent());
        String auditorToken = api.login(auditor);

        page.logIn(auditor.email(), auditor.password());
        page.clickLink("Audit");

        // the history of one organization, as NDJSON saved by the browser
        page.type("organizationId", org.id.toString());
        page.click("Download NDJSON");
        String downloaded =
                page.visible(By.xpath("//p[starts-with(., 'Downloaded ')]")).getText();
        Path file = chromium.downloaded(".ndjson");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            lines.add(JSON.readTree(line));
        }
        assertThat(downloaded).isEqualTo("Downloaded " + lines.size() + " events.");
        assertThat(lines)
                .extracting(line -> line.get("type").asText())
                .startsWith("OrganizationCreated")
                .contains("GroupCreated");
        assertThat(lines)
                .allMatch(line -> line.at("/payload/organizationId").asText().equals(org.id.toString()));

        // the organization before and after its group was made; a malformed instant is refused beside its field
        page.type("organization", org.id.toString());
        page.type("at", "yesterday");
        page.click("Show organization");
        assertThat(page.visible(By.xpath("//input[@name='at']/following-sibling::span[@class='field-error']"))
                        .getText())
                .startsWith("must be an instant");
        page.type("at", beforeGroup.toString());
        page.click("Show organization");
        page.text("Groups (0)");
        page.text("Ledger");
        page.visible(By.name("at")).clear();
        page.click("Show organization");
        page.text("Groups (1)");
        page.text("Finance");

        // the chain verified, its signed head taken, and the chain verified against that head
        page.click("Verify");
        assertThat(page.visible(By.cssSelector(".verification p")).getText()).startsWith("Verified:");
        page.click("Get signed head");
        String position = page.visible(By.cssSelector(".head-position")).getText();
        String hash = page.visible(By.cssSelector(".head-hash")).getText();
        assertThat(hash).matches("[0-9a-f]{64}");
        api.get("/audit/verify?position=" + position + "&hash=" + hash, auditorToken)
                .andExpect(jsonPath("$.verified").value(true));
        page.type("position", position);
        page.type("hash", hash);
        page.click("Verify");
        chromium.await(d -> page.visible(By.cssSelector(".verification p"))
                .getText()
                .endsWith(", and with the head kept at position " + position + "."));
    }
}
