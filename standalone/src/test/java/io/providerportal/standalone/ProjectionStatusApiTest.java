package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.platform.test.PortalTestClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProjectionStatusApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void operatorsSeeEveryProjectionCaughtUpWithItsPosition() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        scenario.provider("Acme");
        long written = api.lastPosition();

        JsonNode projections = api.body(api.get("/admin/projections", scenario.operator()).andExpect(status().isOk()))
                .get("data");

        List<String> names = new ArrayList<>();
        projections.forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).contains("dashboard", "provider-members", "organizations", "audit-log");
        projections.forEach(p -> {
            assertThat(p.get("running").asBoolean()).as(p.get("name").asText()).isTrue();
            assertThat(p.get("position").asLong()).as(p.get("name").asText()).isGreaterThanOrEqualTo(written);
            assertThat(p.get("deadLetters").asLong()).isZero();
        });
        api.get("/admin/projections", api.login(api.register("Stranger"))).andExpect(status().isForbidden());
    }
}
