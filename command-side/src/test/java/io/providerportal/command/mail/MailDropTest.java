package io.providerportal.command.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Without SMTP, mails are dropped as files in the drop directory, and only there, whatever the address says. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MailDropTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PortalMailProperties mail;

    @Test
    void anAddressThatLooksLikeAPathStaysInsideTheDropDirectory() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        ColdClient owner = api.signUp("Owner");
        SymmetricKey organizationKey = SymmetricKey.random();
        UUID organization = api.createdId(api.post(
                "/organizations",
                owner.token(),
                Map.of(
                        "name",
                        "Northwind",
                        "billingEmail",
                        owner.email(),
                        "plan",
                        "TEAMS",
                        "seats",
                        5,
                        "key",
                        ClientCrypto.wrap(owner.publicKey(), organizationKey.toBytes()),
                        "collectionName",
                        ClientCrypto.encrypt(organizationKey, "Default collection"))));
        String marker = "p" + UUID.randomUUID().toString().substring(0, 8);
        Path outside = Files.createTempDirectory("outside");
        String address = outside + "/" + marker + "@evil.test";

        api.post(
                        "/organizations/" + organization + "/users/invite",
                        owner.token(),
                        Map.of("emails", List.of(address), "type", "USER"))
                .andExpect(status().isOk());

        Path dropped = mail.dropDirectory().resolve(address.replace('/', '_') + ".txt");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(dropped));
        assertThat(Files.readString(dropped)).contains("/accept?token=");
        assertThat(Files.exists(outside.resolve(marker + "@evil.test.txt"))).isFalse();
    }
}
