package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.client.ClientAccount;
import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.Scenario.Member;
import io.providerportal.standalone.Scenario.Organization;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * My Vault in real Chromium: a user types items of all four types, a folder, a favourite, filters, edits, trashes,
 * restores, purges, shares a personal item into their organization and copies a password; the same account logged
 * in with the Java client then opens what the browser stored. A member whose collection hides passwords sees none.
 */
class BrowserVaultTest extends BrowserTest {

    @Test
    void aUserKeepsItemsOfEveryKindSharesOneAndAHidePasswordsMemberSeesNoPassword() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        ClientAccount alice = api.register("Alice");
        ColdClient aliceApi = ColdClient.logIn(api, alice.email(), alice.password());
        Organization org = new Scenario(api, jdbc).own(aliceApi, "Contoso", 10);
        ColdClient viewer = hidePasswordsMember(api, org);

        chromium.driver.get("http://localhost:" + port + "/");
        logIn(alice.email(), alice.password());
        chromium.visible(By.xpath("//p[contains(., 'No items here')]"));

        newItem(
                "Login",
                Map.of(
                        "name",
                        "Mail",
                        "username",
                        "alice@mail.test",
                        "password",
                        "typed S3cret!",
                        "uri",
                        "https://mail.test"));
        newItem("Secure note", Map.of("name", "Wifi note", "notes", "the code is 1234"));
        newItem(
                "Card",
                Map.of(
                        "name",
                        "Visa",
                        "cardholderName",
                        "Alice A",
                        "number",
                        "4111111111111111",
                        "expMonth",
                        "12",
                        "expYear",
                        "2030",
                        "code",
                        "123"));
        newItem("Identity", Map.of("name", "Me", "firstName", "Alice", "lastName", "Anders", "email", "a@a.test"));

        // an organization item, its password from the generator
        click("New item");
        select("organizationId", "Contoso");
        check("Default collection");
        type("name", "Shared router");
        type("username", "admin");
        click("Generate password");
        String generated = chromium.await(d -> {
            String value = d.findElement(By.name("password")).getAttribute("value");
            return value.isEmpty() ? null : value;
        });
        assertThat(generated).hasSize(20);
        click("Save item");
        chromium.await(d -> names().contains("Shared router"));
        assertThat(names()).containsExactly("Mail", "Me", "Shared router", "Visa", "Wifi note");

        click("Folders");
        type("folderName", "Work");
        click("Add folder");
        chromium.visible(By.xpath("//section[@aria-label='Folders']//span[.='Work']"));

        open("Mail");
        click("Add to favourites");
        chromium.visible(By.xpath("//button[.='Remove from favourites']"));
        select("moveFolder", "Work");
        chromium.await(d -> new Select(d.findElement(By.name("moveFolder")))
                .getFirstSelectedOption()
                .getText()
                .equals("Work"));

        clickChip("Favourites");
        chromium.await(d -> names().equals(List.of("Mail")));
        clickChip("Favourites");
        select("typeFilter", "Card");
        chromium.await(d -> names().equals(List.of("Visa")));
        select("typeFilter", "All types");
        select("owner", "Contoso");
        chromium.await(d -> names().equals(List.of("Shared router")));
        select("owner", "My items");
        select("folder", "Work");
        chromium.await(d -> names().equals(List.of("Mail")));
        select("folder", "All folders");
        select("owner", "All vaults");
        chromium.await(d -> names().size() == 5);
        chromium.screenshot("vault", 1280);
        chromium.screenshot("vault", 390);

        // copy a password to the clipboard, and read it back from there
        chromium.driver.executeCdpCommand(
                "Browser.grantPermissions",
                Map.of(
                        "origin",
                        "http://localhost:" + port,
                        "permissions",
                        List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        clickLabelled("Copy password of Mail");
        chromium.visible(By.xpath("//p[contains(., 'Password of Mail copied')]"));
        assertThat(chromium.driver.executeAsyncScript(
                        "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('failed: ' + e))"))
                .isEqualTo("typed S3cret!");

        open("Visa");
        click("Edit");
        type("name", "Visa Gold");
        type("number", "5500000000000004");
        click("Save item");
        chromium.await(d -> names().contains("Visa Gold"));

        open("Wifi note");
        click("Share");
        check("Default collection");
        click("Share item");
        chromium.visible(By.xpath("//p[.='Item shared.']"));

        // trash and restore one item; trash and purge another
        open("Visa Gold");
        click("Move to trash");
        chromium.await(d -> !names().contains("Visa Gold"));
        open("Me");
        click("Move to trash");
        chromium.await(d -> !names().contains("Me"));
        clickChip("Trash");
        chromium.await(d -> names().equals(List.of("Me", "Visa Gold")));
        open("Visa Gold");
        click("Restore");
        chromium.await(d -> names().equals(List.of("Me")));
        open("Me");
        click("Delete permanently");
        click("Yes, delete it for good");
        chromium.visible(By.xpath("//p[.='The trash is empty.']"));
        clickChip("Trash");
        chromium.await(d -> names().equals(List.of("Mail", "Shared router", "Visa Gold", "Wifi note")));

        // what the browser stored, opened by the same account in the Java client
        JsonNode vault = api.body(api.get("/vault", aliceApi.token()).andExpect(status().isOk()));
        SymmetricKey userKey = aliceApi.userKey();
        SymmetricKey orgKey = aliceApi.organizationKey(org.id);
        Map<String, JsonNode> items = new HashMap<>();
        for (JsonNode item : vault.get("items")) {
            SymmetricKey key = item.get("organizationId").isNull() ? userKey : orgKey;
            items.put(open(key, item.at("/data/name")), item);
        }
        assertThat(items).containsOnlyKeys("Mail", "Shared router", "Visa Gold", "Wifi note");
        JsonNode mail = items.get("Mail");
        assertThat(open(userKey, mail.at("/data/login/username"))).isEqualTo("alice@mail.test");
        assertThat(open(userKey, mail.at("/data/login/password"))).isEqualTo("typed S3cret!");
        assertThat(open(userKey, mail.at("/data/login/uris/0/uri"))).isEqualTo("https://mail.test");
        assertThat(mail.get("favorite").asBoolean()).isTrue();
        JsonNode folder = vault.get("folders").get(0);
        assertThat(open(userKey, folder.get("name"))).isEqualTo("Work");
        assertThat(mail.get("folderId").asText()).isEqualTo(folder.get("id").asText());
        JsonNode router = items.get("Shared router");
        assertThat(router.get("organizationId").asText()).isEqualTo(org.id.toString());
        assertThat(open(orgKey, router.at("/data/login/password"))).isEqualTo(generated);
        JsonNode visa = items.get("Visa Gold");
        assertThat(open(userKey, visa.at("/data/card/number"))).isEqualTo("5500000000000004");
        assertThat(open(userKey, visa.at("/data/card/cardholderName"))).isEqualTo("Alice A");
        JsonNode note = items.get("Wifi note");
        assertThat(note.get("organizationId").asText()).isEqualTo(org.id.toString());
        assertThat(note.get("collectionIds").get(0).asText()).isEqualTo(org.defaultCollectionId.toString());
        assertThat(open(orgKey, note.at("/data/notes"))).isEqualTo("the code is 1234");

        // the member whose collection hides passwords gets none, and the page offers none
        click("Log out");
        logIn(viewer.email(), VIEWER_PASSWORD);
        chromium.await(d -> names().equals(List.of("Shared router", "Wifi note")));
        assertThat(chromium.driver.findElements(By.xpath("//button[@aria-label='Copy password of Shared router']")))
                .isEmpty();
        chromium.visible(
                By.xpath("//div[@class='vault-row'][.//button[.='Shared router']]" + "//span[.='Password hidden']"));
        open("Shared router");
        chromium.visible(By.xpath("//div[@class='detail-line'][dt='Password']/dd[.='hidden']"));
        assertThat(chromium.driver.findElement(By.tagName("body")).getText()).doesNotContain(generated);
        click("Log out");
    }

    @Test
    void anOwnerKeepsTheOrganizationsVaultAndThePagesFitANarrowScreen() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        ClientAccount owner = api.register("Owner");
        ColdClient ownerApi = ColdClient.logIn(api, owner.email(), owner.password());
        Organization org = new Scenario(api, jdbc).own(ownerApi, "Fabrikam", 5);
        SymmetricKey orgKey = ownerApi.organizationKey(org.id);
        api.post(
                        "/items",
                        ownerApi.token(),
                        Items.inOrganization(
                                Items.login(orgKey, "github", "octo", "s3cret"), org.id, org.defaultCollectionId))
                .andExpect(status().isCreated());

        chromium.driver.get("http://localhost:" + port + "/");
        logIn(owner.email(), owner.password());
        chromium.driver.get("http://localhost:" + port + "/#/organizations/" + org.id + "/vault");
        chromium.await(d -> orgNames().equals(List.of("github")));

        click("New login");
        type("name", "Router");
        type("username", "admin");
        type("password", "router pass");
        check("Default collection");
        click("Save item");
        chromium.await(d -> orgNames().equals(List.of("github", "Router")));

        clickLabelled("Edit github");
        type("name", "GitHub");
        click("Save item");
        chromium.await(d -> orgNames().equals(List.of("GitHub", "Router")));

        chromium.screenshot("orgvault", 1280);
        chromium.screenshot("orgvault", 390);
        clickLabelled("Move to trash Router");
        chromium.await(d -> orgNames().equals(List.of("GitHub")));
        clickChip("Trash");
        chromium.await(d -> orgNames().equals(List.of("Router")));
        clickLabelled("Restore Router");
        chromium.visible(By.xpath("//p[.='The trash is empty.']"));
        clickChip("Trash");
        chromium.await(d -> orgNames().equals(List.of("GitHub", "Router")));

        Map<String, JsonNode> items = new HashMap<>();
        for (JsonNode item : api.body(api.get("/organizations/" + org.id + "/items", ownerApi.token())
                        .andExpect(status().isOk()))
                .get("data")) {
            items.put(open(orgKey, item.at("/data/name")), item);
        }
        assertThat(items).containsOnlyKeys("GitHub", "Router");
        assertThat(open(orgKey, items.get("GitHub").at("/data/login/password"))).isEqualTo("s3cret");
        assertThat(open(orgKey, items.get("Router").at("/data/login/password"))).isEqualTo("router pass");
        assertThat(items.get("Router").get("collectionIds").get(0).asText())
                .isEqualTo(org.defaultCollectionId.toString());

        // My Vault at a phone's width: nothing wider than the screen, every control named for assistive technology
        chromium.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            chromium.driver.get("http://localhost:" + port + "/#/vault");
            chromium.await(d -> names().equals(List.of("GitHub", "Router")));
            // the keyboard alone: Tab to a control, Enter to press it, keys to type
            tabTo("New item").sendKeys(Keys.ENTER);
            tabTo("type").sendKeys("Secure");
            chromium.await(d -> d.findElements(By.name("username")).isEmpty());
            tabTo("name").sendKeys("Keyboard note");
            tabTo("notes").sendKeys("typed without a mouse");
            tabTo("Save item").sendKeys(Keys.ENTER);
            chromium.await(d -> names().contains("Keyboard note"));
            tabTo("Keyboard note").sendKeys(Keys.ENTER);
            chromium.visible(By.xpath("//section[@aria-label='Item']//h2[.='Keyboard note']"));
            tabTo("Move to trash").sendKeys(Keys.ENTER);
            chromium.await(d -> names().equals(List.of("GitHub", "Router")));

            click("New item");
            chromium.visible(By.name("password"));
            assertThat(chromium.driver.executeScript(
                            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .isEqualTo(true);
            assertThat(chromium.driver.executeScript("""
                    return Array.from(document.querySelectorAll('input, select, textarea, button'))
                        .filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label')
                                     && !(c.tagName === 'BUTTON' && c.innerText.trim()))
                        .map(c => c.outerHTML);
                    """)).isEqualTo(List.of());
        } finally {
            chromium.driver.manage().window().setSize(new Dimension(1280, 900));
        }
        click("Log out");
    }

    private static final String VIEWER_PASSWORD = "correct horse battery staple Viewer";

    /** A confirmed member who reaches the default collection with Can view, except passwords. */
    private ColdClient hidePasswordsMember(PortalTestClient api, Organization org) throws Exception {
        ClientAccount account = api.register("Viewer");
        assertThat(account.password()).isEqualTo(VIEWER_PASSWORD);
        ColdClient viewer = ColdClient.logIn(api, account.email(), account.password());
        UUID memberId = UUID.fromString(api.body(api.post(
                        "/organizations/" + org.id + "/users/invite",
                        org.adminToken,
                        Map.of(
                                "emails",
                                List.of(viewer.email()),
                                "type",
                                "USER",
                                "permissions",
                                List.of(),
                                "collections",
                                List.of(Map.of(
                                        "id", org.defaultCollectionId, "readOnly", true, "hidePasswords", true)))))
                .at("/invited/0/organizationUserId")
                .asText());
        org.acceptAndConfirm(new Member(memberId, viewer, viewer.token()));
        return viewer;
    }

    /**
     * Presses Tab until the focus is on the control named {@code name} (its words, accessible label or field name),
     * as someone without a mouse moves through the page; the focused element, to type into or press Enter on.
     */
    private WebElement tabTo(String name) {
        for (int i = 0; i < 80; i++) {
            new Actions(chromium.driver).sendKeys(Keys.TAB).perform();
            WebElement focused = chromium.driver.switchTo().activeElement();
            if (name.equals(focused.getText().trim())
                    || name.equals(focused.getAttribute("aria-label"))
                    || name.equals(focused.getAttribute("name"))) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reaches " + name);
    }

    private static String open(SymmetricKey key, JsonNode encString) {
        return ClientCrypto.decryptToString(key, encString.asText());
    }

    private void logIn(String email, String password) {
        type("email", email);
        type("password", password);
        click("Log in");
        chromium.visible(By.xpath("//h1[.='My Vault']"));
    }

    private void newItem(String type, Map<String, String> fields) {
        click("New item");
        select("type", type);
        fields.forEach((name, text) -> {
            if (name.equals("notes")) {
                WebElement notes = chromium.visible(By.name("notes"));
                notes.clear();
                notes.sendKeys(text);
            } else {
                type(name, text);
            }
        });
        click("Save item");
        chromium.await(d -> names().contains(fields.get("name")));
    }

    private void open(String name) {
        chromium.await(ExpectedConditions.elementToBeClickable(
                        By.xpath("//div[@class='vault-row']//button[normalize-space(.)='" + name + "']")))
                .click();
        chromium.visible(By.xpath("//section[@aria-label='Item']//h2[.='" + name + "']"));
    }

    private void click(String text) {
        chromium.await(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='" + text + "']")))
                .click();
    }

    private void clickChip(String text) {
        chromium.await(ExpectedConditions.elementToBeClickable(
                        By.xpath("//button[contains(@class, 'chip') and normalize-space(.)='" + text + "']")))
                .click();
    }

    private void clickLabelled(String label) {
        chromium.await(ExpectedConditions.elementToBeClickable(By.xpath("//button[@aria-label='" + label + "']")))
                .click();
    }

    private void check(String label) {
        WebElement box = chromium.visible(By.xpath("//label[normalize-space(.)='" + label + "']/input"));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private void select(String name, String text) {
        new Select(chromium.visible(By.name(name))).selectByVisibleText(text);
    }

    private void type(String name, String text) {
        WebElement input = chromium.visible(By.name(name));
        input.clear();
        input.sendKeys(text);
    }

    /** The item names the list shows, in its order; read in one script so that a re-render cannot mix two lists. */
    @SuppressWarnings("unchecked")
    private List<String> orgNames() {
        return (List<String>) chromium.driver.executeScript("""
                return Array.from(document.querySelectorAll('table.org-items tbody tr'), tr => tr.cells[0].innerText.trim());
                """);
    }

    @SuppressWarnings("unchecked")
    private List<String> names() {
        return (List<String>) chromium.driver.executeScript("""
                return Array.from(document.querySelectorAll('.vault-row .vault-name button'), b => b.innerText.trim());
                """);
    }
}
