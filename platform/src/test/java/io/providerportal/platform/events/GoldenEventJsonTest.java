package io.providerportal.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.providerportal.platform.axon.AxonSerializationConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * Pins the stored form of every event revision: serializing the sample must give exactly
 * {@code events/<Type>_v<revision>.json}, and that file must read back into the same event. A failure here means
 * a released event changed; add a revision and an upcaster instead.
 */
class GoldenEventJsonTest {

    private final ObjectMapper mapper = AxonSerializationConfig.eventObjectMapper();

    static Stream<Object> samples() {
        return EventSamples.all().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void serializesExactlyAsTheGoldenFileAndReadsItBack(Object event) throws Exception {
        String golden = golden(event.getClass());

        JSONAssert.assertEquals(golden, mapper.writeValueAsString(event), JSONCompareMode.STRICT);
        assertThat(mapper.readValue(golden, event.getClass())).isEqualTo(event);
    }

    @Test
    void everyEventTypeHasASample() {
        List<String> eventTypes = new ClassFileImporter()
                .importPackages("io.providerportal.events").stream()
                        .filter(c -> c.isAnnotatedWith(Revision.class))
                        .map(JavaClass::getName)
                        .sorted()
                        .toList();
        List<String> sampled = EventSamples.all().stream()
                .map(e -> e.getClass().getName())
                .sorted()
                .toList();

        assertThat(sampled).containsExactlyElementsOf(eventTypes);
    }

    private static String golden(Class<?> type) throws IOException {
        String revision = type.getAnnotation(Revision.class).value();
        String path = "/events/" + type.getSimpleName() + "_v" + revision + ".json";
        try (InputStream in = GoldenEventJsonTest.class.getResourceAsStream(path)) {
            assertThat(in).as("golden file %s", path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
