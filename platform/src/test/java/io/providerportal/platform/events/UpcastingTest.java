package io.providerportal.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.providerportal.events.organization.CollectionCreated;
import io.providerportal.events.provider.ProviderUserScopeSet;
import io.providerportal.platform.axon.AxonSerializationConfig;
import io.providerportal.platform.axon.upcasting.CollectionCreatedToRevision2;
import io.providerportal.platform.axon.upcasting.ProviderUserScopeSetToRevision2;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.junit.jupiter.api.Test;

/**
 * Every golden file of an older revision, read through the upcasters, becomes the event of the current revision:
 * what a store written by an earlier version holds still reads.
 */
class UpcastingTest {

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(AxonSerializationConfig.eventObjectMapper())
            .build();
    private final EventUpcasterChain upcasters =
            new EventUpcasterChain(new CollectionCreatedToRevision2(), new ProviderUserScopeSetToRevision2());

    @Test
    void aRevision1CollectionCreatedReadsAsRevision2WithoutAnExternalId() throws Exception {
        Object event = readThroughUpcasters(CollectionCreated.class, "1");

        assertThat(event)
                .isEqualTo(new CollectionCreated(
                        EventSamples.ORGANIZATION, EventSamples.COLLECTION, EventSamples.ENC, null));
    }

    @Test
    void aRevision1ScopeReadsAsRevision2WithoutClientGroups() throws Exception {
        Object event = readThroughUpcasters(ProviderUserScopeSet.class, "1");

        assertThat(event)
                .isEqualTo(new ProviderUserScopeSet(
                        EventSamples.PROVIDER,
                        EventSamples.MEMBER,
                        false,
                        List.of(EventSamples.ORGANIZATION),
                        List.of()));
    }

    private Object readThroughUpcasters(Class<?> type, String revision) throws Exception {
        byte[] stored;
        try (InputStream in =
                getClass().getResourceAsStream("/events/" + type.getSimpleName() + "_v" + revision + ".json")) {
            stored = in.readAllBytes();
        }
        String typeName = type.getName();
        EventData<byte[]> entry = new GenericDomainEventEntry<>(
                "Organization", "aggregate", 0, "event", Instant.now(), typeName, revision, stored, "{}".getBytes());
        return upcasters
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer)))
                .map(representation -> serializer.deserialize(new SimpleSerializedObject<>(
                        representation.getData(byte[].class).getData(),
                        byte[].class,
                        representation.getType().getName(),
                        representation.getType().getRevision())))
                .findFirst()
                .orElseThrow();
    }
}
