package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.client.ClientAccount;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.platform.test.Scenarios;
import io.providerportal.standalone.Chromium.SentRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The portal's main path in real Chromium, each person typing into the page: an MSP technician creates a client,
 * its owner registers and accepts from the invitation mail, the technician confirms them, the owner makes a
 * collection and a login in it and invites a member with access to it, who sees the login decrypted in My Vault
 * and copies its password; the technician exports the client's event log. Only the operator's step (creating the
 * provider) goes through the API. Every request the page sent is then searched for the secrets typed into it.
 */
class BrowserFlowTest extends BrowserTest {

    private final List<SentRequest> sent = new ArrayList<>();
    private PortalPage page;

    @Test
    void aClientIsCreatedStaffedAndUsedWithoutASecretLeavingTheBrowser() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        PortalTestClient api = new PortalTestClient(mvc);
        page = new PortalPage(chromium, port);
        ClientAccount technician = api.register("Tech");
        api.post(
                        "/providers",
                        api.operatorToken(),
                        Map.of(
                                "name",
                                "Northwind IT " + run,
                                "type",
                                "MSP",
                                "billingEmail",
                                "billing@northwind.test",
                                "ownerEmail",
                                technician.email()))
                .andExpect(status().isCreated());
        String ownerEmail = "owner-" + run + "@contoso.test";
        String ownerPassword = "owner's master password " + run;
        String memberEmail = "bob-" + run + "@contoso.test";
        String memberPassword = "bob's master password " + run;
        String collectionName = "Treasury " + run;
        String itemPassword = "s3cret-Pa55-" + run;
        String itemNote = "kept only in the vault " + run;

        open("/");
        chromium.screenshot("login", 1280);
        chromium.screenshot("login", 390);
        logIn(technician.email(), technician.password());
        page.click("Set up provider");
        chromium.visible(By.xpath("//p[contains(., 'No clients yet')]"));

        // a refusal of the server shows beside the field it names
        page.click("New client");
        page.type("name", "C".repeat(60));
        page.type("ownerEmail", ownerEmail);
        page.type("seats", "5");
        page.click("Create client");
        assertThat(chromium.visible(By.cssSelector("input[name=name] + .field-error"))
                        .getText())
                .contains("size must be between");
        page.type("name", "Contoso " + run);
        page.click("Create client");
        chromium.visible(By.linkText("Contoso " + run));
        chromium.screenshot("clients", 1280);
        chromium.screenshot("clients", 390);
        logOut();

        // the owner opens the link of their invitation mail, registers and accepts
        acceptInvitation(ownerEmail, "Olivia Owner", ownerPassword);
        logOut();

        logIn(technician.email(), technician.password());
        page.clickLink("Contoso " + run);
        page.clickLabelled("Confirm " + ownerEmail);
        awaitStatus(ownerEmail, "Confirmed");
        logOut();

        logIn(ownerEmail, ownerPassword);
        page.clickLink("Contoso " + run);
        page.clickLink("Collections");
        page.click("New collection");
        page.type("name", collectionName);
        page.click("Create collection");
        chromium.visible(By.xpath("//table[contains(@class,'collections')]//td[.='" + collectionName + "']"));
        chromium.screenshot("collections", 1280);
        chromium.screenshot("collections", 390);

        page.clickLink("Vault");
        page.click("New login");
        page.type("name", "Bank");
        page.type("username", "treasurer");
        page.type("password", itemPassword);
        page.type("notes", itemNote);
        page.check(collectionName);
        page.click("Save item");
        page.text("Bank");

        page.clickLink("Members");
        page.click("Invite members");
        chromium.visible(By.name("emails")).sendKeys(memberEmail);
        page.selectLabelled("Access to " + collectionName, "view");
        page.click("Send invitations");
        awaitStatus(memberEmail, "Invited");
        chromium.screenshot("members", 1280);
        chromium.screenshot("members", 390);
        logOut();

        acceptInvitation(memberEmail, "Bob", memberPassword);
        logOut();

        logIn(ownerEmail, ownerPassword);
        page.clickLink("Contoso " + run);
        page.clickLabelled("Confirm " + memberEmail);
        awaitStatus(memberEmail, "Confirmed");
        logOut();

        // the member sees the login in My Vault, opened in their browser, and copies its password
        logIn(memberEmail, memberPassword);
        page.visible(By.xpath("//div[contains(@class, 'vault-row')][contains(., 'Bank')]"));
        chromium.allowClipboard("http://localhost:" + port);
        page.clickLabelled("Copy password of Bank");
        chromium.await(d -> itemPassword.equals(chromium.clipboard()));
        logOut();

        logIn(technician.email(), technician.password());
        page.clickLink("Contoso " + run);
        page.clickLink("Event log");
        chromium.visible(By.xpath("//table[contains(@class,'events')]//td[.='OrganizationUser_Confirmed']"));
        chromium.screenshot("events", 1280);
        chromium.screenshot("events", 390);
        page.click("Export CSV");
        List<String> csv = Files.readAllLines(chromium.downloaded(".csv"));
        assertThat(csv.get(0)).startsWith("type,name,date,");
        assertThat(csv)
                .anyMatch(line -> line.contains(",Collection_Created,"))
                .anyMatch(line -> line.contains(",OrganizationUser_Invited,"))
                .anyMatch(line -> line.contains(",Cipher_Created,"));
        logOut();

        drainRequests();
        assertThat(sent)
                .as("requests the page sent")
                .hasSizeGreaterThan(40)
                .anyMatch(r -> r.url().endsWith("/collections") && r.method().equals("POST"))
                .anyMatch(r -> r.url().endsWith("/items") && r.method().equals("POST"));
        for (String secret :
                List.of(technician.password(), ownerPassword, memberPassword, collectionName, itemPassword, itemNote)) {
            String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
            assertThat(sent)
                    .as("requests holding %s", secret)
                    .noneMatch(r ->
                            r.everything().contains(secret) || r.everything().contains(encoded));
        }
    }

    private void acceptInvitation(String email, String name, String password) throws Exception {
        URI link = URI.create(Scenarios.invitationLink(jdbc, email));
        open(link.getRawPath() + "?" + link.getRawQuery());
        assertThat(page.visible(By.cssSelector(".invitation")).getText()).contains(email);
        page.click("Create an account");
        assertThat(page.visible(By.name("email")).getDomProperty("value")).isEqualTo(email);
        page.type("name", name);
        page.type("password", password);
        page.click("Create account");
        page.visible(By.xpath("//p[contains(., 'Account created')]"));
        page.type("password", password);
        page.click("Log in");
        page.visible(By.xpath("//p[contains(., 'Invitation accepted')]"));
        page.click("Continue");
    }

    private void open(String path) throws Exception {
        drainRequests();
        chromium.driver.get("http://localhost:" + port + path);
    }

    /** The network log is read as the test goes, so that nothing the page sent is missed. */
    private void drainRequests() throws Exception {
        sent.addAll(chromium.sentRequests());
    }

    private void logIn(String email, String password) throws Exception {
        drainRequests();
        page.logIn(email, password);
    }

    private void logOut() throws Exception {
        drainRequests();
        page.click("Log out");
        page.visible(By.xpath("//h1[.='Log in']"));
    }

    private void awaitStatus(String email, String status) {
        page.visible(By.xpath(
                "//table[contains(@class,'members')]//tr[contains(., '" + email + "')]/td[.='" + status + "']"));
    }
}
