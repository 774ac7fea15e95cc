package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.client.ClientAccount;
import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.Scenario.Organization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Not a test: the browser's own timings of the dashboard after login and of My Vault with 10,000 items, read from
 * the performance marks the page records. Seeds through the API with real client crypto, then drives Chromium.
 * Runs only with {@code PORTAL_BROWSER_BENCHMARK=true} (docs/benchmarks.md); prints its figures and writes them to
 * {@code target/browser-benchmark.txt}.
 */
@EnabledIfEnvironmentVariable(named = "PORTAL_BROWSER_BENCHMARK", matches = "true")
class BrowserBenchmark extends BrowserTest {

    private static final int CLIENTS = 1_000;
    private static final int ITEMS = 10_000;
    private static final int RUNS = 3;

    /** Marks the login's submit and collects every long task, before the app knows of it. */
    private static final String OBSERVE_LOGIN = """
            performance.clearMarks();
            window.benchLongTasks = [];
            new PerformanceObserver(list => list.getEntries().forEach(e => window.benchLongTasks.push(e)))
                .observe({ type: 'longtask' });
            document.addEventListener('submit', () => performance.mark('bench:login-submit'), { capture: true, once: true });
            """;

    /** Marks the moment the first client rows are in the page (the clients page records no mark of its own). */
    private static final String OBSERVE_CLIENT_ROWS = """
            const rows = new MutationObserver(() => {
              if (document.querySelector('table.clients tbody tr')) { performance.mark('bench:dashboard-rows'); rows.disconnect(); }
            });
            rows.observe(document.body, { childList: true, subtree: true });
            """;

    private final List<String> report = new ArrayList<>();

    @Test
    void dashboardAndMyVault() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        dashboard(api);
        myVault(api);
        Path out = Path.of("target", "browser-benchmark.txt");
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private void dashboard(PortalTestClient api) throws Exception {
        ClientAccount tech = api.register("Tech");
        ColdClient techApi = ColdClient.logIn(api, tech.email(), tech.password());
        UUID providerId = api.createdId(api.post(
                        "/providers",
                        api.operatorToken(),
                        Map.of(
                                "name",
                                "Bench IT",
                                "type",
                                "MSP",
                                "billingEmail",
                                "billing@bench.test",
                                "ownerEmail",
                                tech.email()))
                .andExpect(status().isCreated()));
        techApi.setUpProvider(providerId).andExpect(status().isNoContent());
        SymmetricKey providerKey = techApi.providerKey(providerId);
        long seeding = System.nanoTime();
        for (int i = 0; i < CLIENTS; i++) {
            SymmetricKey organizationKey = SymmetricKey.random();
            api.post(
                            "/providers/" + providerId + "/clients",
                            techApi.token(),
                            Map.of(
                                    "name",
                                    "Client %05d".formatted(i),
                                    "ownerEmail",
                                    "owner" + i + "-" + UUID.randomUUID() + "@clients.test",
                                    "plan",
                                    "TEAMS",
                                    "seats",
                                    5,
                                    "key",
                                    ClientCrypto.encrypt(providerKey, organizationKey.toBytes()),
                                    "collectionName",
                                    ClientCrypto.encrypt(organizationKey, "Default collection")))
                    .andExpect(status().isCreated());
        }
        api.get("/providers/" + providerId + "/clients", techApi.token()).andExpect(status().isOk());
        report.add("dashboard: %,d clients seeded in %.1f s".formatted(CLIENTS, (System.nanoTime() - seeding) / 1e9));

        for (int run = 1; run <= RUNS; run++) {
            chromium.driver.get("http://localhost:" + port + "/");
            chromium.visible(By.name("email"));
            chromium.driver.executeScript(OBSERVE_LOGIN + OBSERVE_CLIENT_ROWS);
            logIn(tech.email(), tech.password());
            awaitMark("bench:dashboard-rows");
            double login = between("bench:login-submit", "bench:dashboard-rows");
            // the page alone, keys already open: away to My Vault and back to the clients
            chromium.driver.executeScript("performance.clearMarks(); location.hash = '#/vault'");
            chromium.visible(By.xpath("//h1[starts-with(., 'My Vault')]"));
            chromium.driver.executeScript(OBSERVE_CLIENT_ROWS
                    + "performance.mark('bench:navigate'); location.hash = '#/providers/" + providerId + "/clients';");
            awaitMark("bench:dashboard-rows");
            report.add(
                    "dashboard run %d: login submitted → first clients shown %.0f ms; page opened → first clients %.0f ms"
                            .formatted(run, login, between("bench:navigate", "bench:dashboard-rows")));
            click("Log out");
        }
    }

    private void myVault(PortalTestClient api) throws Exception {
        ClientAccount user = api.register("Vaulter");
        ColdClient userApi = ColdClient.logIn(api, user.email(), user.password());
        Organization org = new Scenario(api, jdbc).own(userApi, "Bench Org", 10);
        SymmetricKey orgKey = userApi.organizationKey(org.id);
        long seeding = System.nanoTime();
        for (int i = 0; i < ITEMS; i++) {
            api.post("/items", userApi.token(), loginItem(orgKey, i, org)).andExpect(status().isCreated());
        }
        api.get("/vault?type=SECURE_NOTE", userApi.token()).andExpect(status().isOk());
        report.add("my vault: %,d items seeded in %.1f s".formatted(ITEMS, (System.nanoTime() - seeding) / 1e9));

        for (int run = 1; run <= RUNS; run++) {
            chromium.driver.get("http://localhost:" + port + "/");
            chromium.visible(By.name("email"));
            chromium.driver.executeScript(OBSERVE_LOGIN);
            logIn(user.email(), user.password());
            awaitMark("vault:all-decrypted");
            report.add(
                    ("my vault run %d: page mounted → first rows %.0f ms, → all %,d decrypted %.0f ms; login submitted"
                                    + " → first rows %.0f ms; long tasks after the mount (start+duration ms): %s")
                            .formatted(
                                    run,
                                    between("vault:mount", "vault:first-rows"),
                                    ITEMS,
                                    between("vault:mount", "vault:all-decrypted"),
                                    between("bench:login-submit", "vault:first-rows"),
                                    chromium.driver.executeScript("""
                            const mount = performance.getEntriesByName('vault:mount')[0].startTime;
                            return window.benchLongTasks.filter(t => t.startTime >= mount)
                                .map(t => Math.round(t.startTime - mount) + '+' + Math.round(t.duration)).join(', ');
                            """)));
            if (run == 1) {
                checkWindowing();
            }
            click("Log out");
        }
    }

    /** Only a slice of rows is in the page, and the last items are one scroll away. */
    private void checkWindowing() {
        assertThat(((Number) chromium.driver.executeScript("return document.querySelectorAll('.vault-row').length"))
                        .intValue())
                .isLessThan(60);
        assertThat(chromium.driver.executeScript("return document.querySelector('.window-spacer').offsetHeight"))
                .isEqualTo((long) ITEMS * 56);
        chromium.driver.executeScript("const w = document.querySelector('.window'); w.scrollTop = w.scrollHeight;");
        chromium.await(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return Array.from(document.querySelectorAll('.vault-row .vault-name button'))"
                        + ".some(b => b.innerText.trim() === 'Login for site9999.example')"));
    }

    /** A login shaped like a real user's (as the harness's LoginItems): about 1.3 KB of EncStrings. */
    private static Map<String, Object> loginItem(SymmetricKey key, int n, Organization org) {
        String site = "site" + n + ".example";
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "LOGIN");
        item.put("organizationId", org.id);
        item.put("collectionIds", List.of(org.defaultCollectionId));
        item.put("name", ClientCrypto.encrypt(key, "Login for " + site));
        item.put(
                "notes",
                ClientCrypto.encrypt(
                        key, "Shared account of the support team; rotate every quarter." + " Ticket #" + (10_000 + n)));
        item.put(
                "login",
                Map.of(
                        "username", ClientCrypto.encrypt(key, "support-" + n + "@customer.example"),
                        "password",
                                ClientCrypto.encrypt(
                                        key, UUID.randomUUID().toString().substring(0, 20)),
                        "totp", ClientCrypto.encrypt(key, "otpauth://totp/" + site + "?secret=JBSWY3DPEHPK3PXP"),
                        "uris",
                                List.of(
                                        Map.of(
                                                "uri",
                                                ClientCrypto.encrypt(key, "https://" + site + "/login"),
                                                "match",
                                                0),
                                        Map.of(
                                                "uri",
                                                ClientCrypto.encrypt(key, "https://admin." + site),
                                                "match",
                                                1))));
        item.put(
                "fields",
                List.of(Map.of(
                        "name",
                        ClientCrypto.encrypt(key, "PIN"),
                        "value",
                        ClientCrypto.encrypt(key, "4711"),
                        "type",
                        1)));
        item.put(
                "passwordHistory",
                List.of(Map.of(
                        "password",
                        ClientCrypto.encrypt(key, "old-password-" + n),
                        "lastUsedDate",
                        "2026-01-01T00:00:00Z")));
        return item;
    }

    /** Longer than the tests' wait: this is what is measured, and a slow run must still report its figure. */
    private void awaitMark(String name) {
        new WebDriverWait(chromium.driver, Duration.ofMinutes(2)).until(d -> mark(name) != null);
    }

    private Object mark(String name) {
        return chromium.driver.executeScript(
                "const m = performance.getEntriesByName(arguments[0], 'mark'); return m.length ? m[0].startTime : null;",
                name);
    }

    private double between(String from, String to) {
        return ((Number) mark(to)).doubleValue() - ((Number) mark(from)).doubleValue();
    }

    private void logIn(String email, String password) {
        WebElement field = chromium.visible(By.name("email"));
        field.clear();
        field.sendKeys(email);
        field = chromium.visible(By.name("password"));
        field.clear();
        field.sendKeys(password);
        click("Log in");
    }

    private void click(String text) {
        chromium.await(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='" + text + "']")))
                .click();
    }
}
