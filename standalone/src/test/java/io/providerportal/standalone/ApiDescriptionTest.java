package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI document describes what a client sends, and nothing a generated client could not send. */
@PortalTest
class ApiDescriptionTest {

    @Autowired
    MockMvc mvc;

    @Test
    void noOperationAsksForTheActorThatComesFromTheAccessToken() throws Exception {
        JsonNode document = new ObjectMapper()
                .readTree(mvc.perform(get("/v3/api-docs"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        List<String> parameters = new ArrayList<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> operation
                                .getValue()
                                .path("parameters")
                                .forEach(parameter -> parameters.add(operation.getKey() + " " + path.getKey() + " "
                                        + parameter.get("name").asText()))));

        assertThat(document.get("paths").has("/users/{userId}/public-key")).isTrue();
        assertThat(parameters).isNotEmpty().noneMatch(parameter -> parameter.endsWith(" actor"));
    }
}
