package io.providerportal.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.events.identity.KdfType;
import io.providerportal.events.identity.UserRegistered;
import io.providerportal.events.provider.ProviderCreated;
import io.providerportal.events.provider.ProviderType;
import io.providerportal.events.provider.ProviderUserAdded;
import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.platform.PortalHeaders;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.support.EventAppender;
import io.providerportal.query.support.TestTokens;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** A read waits for the projections it reads, and for no other. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestTokens.class)
class ReadsFromTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventAppender events;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ProcessedPositions positions;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void aStoppedAuditLogIsBehindButDoesNotHoldTheProviderMembersRead() throws Exception {
        UUID providerId = UUID.randomUUID();
        UUID adminUser = UUID.randomUUID();
        events.append(
                adminUser,
                new UserRegistered(
                        adminUser, "ada@reads.test", "Ada", KdfType.PBKDF2_SHA256, 600000, "2.k", "pk", "2.pk"));
        StreamingEventProcessor auditLog = processing
                .eventProcessor(ProjectionNames.AUDIT_LOG, StreamingEventProcessor.class)
                .orElseThrow();
        auditLog.shutdownAsync().get(10, TimeUnit.SECONDS);
        try {
            long position = events.append(
                    providerId,
                    new ProviderCreated(providerId, "Reads IT", null, ProviderType.MSP, "billing@reads.test"),
                    new ProviderUserAdded(
                            providerId,
                            UUID.randomUUID(),
                            adminUser,
                            "ada@reads.test",
                            ProviderUserType.PROVIDER_ADMIN));

            mvc.perform(get("/providers/" + providerId + "/users")
                            .header("Authorization", "Bearer " + TestTokens.user(adminUser, "ada@reads.test"))
                            .header(PortalHeaders.MIN_POSITION, position))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Portal-Position-Reached", "true"))
                    .andExpect(jsonPath("$.data[0].email").value("ada@reads.test"));
            assertThat(positions.processed(position, Set.of(ProjectionNames.PROVIDER_MEMBERS)))
                    .isTrue();
            assertThat(positions.processed(position, Set.of(ProjectionNames.AUDIT_LOG)))
                    .isFalse();
            assertThat(positions.processed(position, null)).isFalse();
        } finally {
            auditLog.start();
        }
    }

    @Test
    void everyProjectionAnEndpointWaitsForIsAProcessorOfThisApplication() {
        Set<String> processors = processing.eventProcessors().keySet();
        var named = mappings.getHandlerMethods().values().stream()
                .map(ReadYourWritesInterceptor::readModels)
                .filter(Objects::nonNull)
                .toList();

        assertThat(named).isNotEmpty();
        named.forEach(names -> assertThat(processors).containsAll(names));
    }
}
