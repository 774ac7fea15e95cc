package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An MSP technician in real Chromium: registers and logs in with an email and a password, sets up the provider the
 * operator made for them, creates a client and pages and searches the provider's clients. The test types and
 * clicks; only the operator's step (creating the provider) and a second batch of clients go through the API.
 */
class BrowserPortalTest extends BrowserTest {

    @Test
    void aTechnicianRegistersSetsUpTheProviderCreatesAClientAndPagesAndSearchesClients() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        String email = "tech-" + UUID.randomUUID() + "@acme-it.test";
        String password = "correct horse battery staple";
        chromium.driver.get("http://localhost:" + port + "/");

        click("Create an account");
        type("email", email);
        type("name", "Alice");
        type("password", password);
        click("Create account");
        chromium.visible(By.xpath("//p[contains(., 'Account created')]"));

        UUID providerId = api.createdId(api.post(
                        "/providers",
                        api.operatorToken(),
                        Map.of(
                                "name",
                                "Acme IT",
                                "type",
                                "MSP",
                                "billingEmail",
                                "billing@acme-it.test",
                                "ownerEmail",
                                email))
                .andExpect(status().isCreated()));

        // a wrong password is refused with the server's words, and nothing else happens
        type("email", email);
        type("password", "not the password");
        click("Log in");
        assertThat(chromium.visible(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("Username or password is incorrect. Try again.");

        type("password", password);
        click("Log in");
        click("Set up provider");
        chromium.visible(By.xpath("//p[contains(., 'No clients yet')]"));

        click("New client");
        type("name", "Contoso");
        type("ownerEmail", "owner-" + UUID.randomUUID() + "@contoso.test");
        type("seats", "10");
        click("Create client");
        chromium.await(d -> rows().size() == 1);
        assertThat(rows()).containsExactly(List.of("Contoso", "10", "1", "9", "TEAMS", "ACTIVE"));

        // eleven more clients through the API, by the same account logged in with the Java client: the
        // registration and provider key the browser made open there too
        ColdClient sameUser = ColdClient.logIn(api, email, password);
        SymmetricKey providerKey = sameUser.providerKey(providerId);
        for (int i = 1; i <= 11; i++) {
            SymmetricKey organizationKey = SymmetricKey.random();
            api.post(
                            "/providers/" + providerId + "/clients",
                            sameUser.token(),
                            Map.of(
                                    "name",
                                    "Client %02d".formatted(i),
                                    "ownerEmail",
                                    "owner" + i + "-" + UUID.randomUUID() + "@clients.test",
                                    "plan",
                                    "ENTERPRISE",
                                    "seats",
                                    5,
                                    "key",
                                    ClientCrypto.encrypt(providerKey, organizationKey.toBytes()),
                                    "collectionName",
                                    ClientCrypto.encrypt(organizationKey, "Default collection")))
                    .andExpect(status().isCreated());
        }
        api.get("/providers/" + providerId + "/clients", sameUser.token()).andExpect(status().isOk());

        click("Search");
        chromium.await(d -> rows().size() == 10);
        assertThat(rows().get(0)).containsExactly("Client 01", "5", "1", "4", "ENTERPRISE", "ACTIVE");
        assertThat(rows().get(9).get(0)).isEqualTo("Client 10");
        click("Next");
        chromium.await(d -> rows().size() == 2);
        assertThat(rows()).extracting(row -> row.get(0)).containsExactly("Client 11", "Contoso");
        assertThat(chromium.driver.findElements(By.xpath("//button[.='Next']"))).isEmpty();
        click("Previous");
        chromium.await(d -> rows().size() == 10);

        click("Name ▲");
        chromium.await(d -> rows().get(0).get(0).equals("Contoso"));

        type("search", "CONTO");
        click("Search");
        chromium.await(d -> rows().size() == 1);
        assertThat(rows().get(0).get(0)).isEqualTo("Contoso");

        click("Log out");
        chromium.visible(By.xpath("//h1[.='Log in']"));
    }

    private void click(String text) {
        chromium.await(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='" + text + "']")))
                .click();
    }

    private void type(String name, String text) {
        WebElement input = chromium.visible(By.name(name));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * The clients table as the user reads it, row by row, without the actions; empty while no table is shown. Read
     * in one script, so that a re-render between two reads cannot mix two pages.
     */
    @SuppressWarnings("unchecked")
    private List<List<String>> rows() {
        return (List<List<String>>) chromium.driver.executeScript("""
                return Array.from(document.querySelectorAll('table.clients tbody tr'),
                                  tr => Array.from(tr.cells).filter(td => !td.classList.contains('actions'))
                                                            .map(td => td.innerText.trim()));
                """);
    }
}
