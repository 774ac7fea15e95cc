package io.providerportal.command.identity;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.client.ClientAccount;
import io.providerportal.platform.test.PortalTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Password guessing against one account is slowed down: ten wrong passwords, then every login waits. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IdentityThrottleApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void afterTenWrongPasswordsAnAccountsLoginsWaitWithRetryAfterAndOthersAreUnaffected() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        ClientAccount victim = api.register("Victim");
        ClientAccount bystander = api.register("Bystander");

        for (int attempt = 0; attempt < 10; attempt++) {
            api.passwordGrant(victim.email(), "d3JvbmcgaGFzaA==")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_grant"));
        }

        // even the right password waits now: a guess that happens to be right must not be told apart
        api.passwordGrant(victim.email().toUpperCase(), victim.masterPasswordHash())
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.error").value("invalid_grant"))
                .andExpect(jsonPath("$.ErrorModel.Message").exists());
        api.passwordGrant(bystander.email(), bystander.masterPasswordHash()).andExpect(status().isOk());
    }
}
