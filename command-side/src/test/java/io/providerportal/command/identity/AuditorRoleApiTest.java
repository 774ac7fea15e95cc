package io.providerportal.command.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.client.ClientAccount;
import io.providerportal.platform.security.PortalClaims;
import io.providerportal.platform.test.PortalTestClient;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Operators make users auditors through a command; the role travels in the user's next access token. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditorRoleApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JwtDecoder jwtDecoder;

    @Test
    void anOperatorGrantsAndRevokesTheAuditorRole() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        ClientAccount carol = api.register("Carol");
        String operator = api.operatorToken();
        UUID carolId = UUID.fromString(jwtDecoder.decode(api.login(carol)).getSubject());
        assertThat(roles(api.login(carol))).isEmpty();

        api.put("/admin/auditors/" + carolId, api.login(carol), null).andExpect(status().isForbidden());
        api.put("/admin/auditors/" + carolId, operator, null).andExpect(status().isNoContent());
        assertThat(roles(api.login(carol))).containsExactly("AUDITOR");

        api.delete("/admin/auditors/" + carolId, operator).andExpect(status().isNoContent());
        assertThat(roles(api.login(carol))).isEmpty();
        api.put("/admin/auditors/" + UUID.randomUUID(), operator, null)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("user.not-found"));
    }

    private List<String> roles(String token) {
        List<String> roles = jwtDecoder.decode(token).getClaimAsStringList(PortalClaims.ROLES);
        return roles == null ? List.of() : roles;
    }
}
