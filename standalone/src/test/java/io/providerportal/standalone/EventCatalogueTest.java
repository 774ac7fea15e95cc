package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.providerportal.events.OrganizationEvent;
import io.providerportal.events.ProviderEvent;
import io.providerportal.events.UserEvent;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Keeps {@code docs/events.md}, the catalogue of every event, true to the code: each event's revision, tenancy,
 * fields and the commands that produce it (found by following the code from each event's constructor back to
 * the command handlers that reach it). Run with {@code -Dcatalogue.update=true} to rewrite the file.
 */
class EventCatalogueTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "events.md");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.providerportal");

    @Test
    void theCatalogueDescribesEveryEventAsTheCodeDoes() throws Exception {
        String expected = catalogue();
        if (Boolean.getBoolean("catalogue.update")) {
            Files.writeString(CATALOGUE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(CATALOGUE, StandardCharsets.UTF_8))
                .as("docs/events.md is out of date: run ./mvnw -pl standalone -am verify -Dcatalogue.update=true "
                        + "-Dtest=EventCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false")
                .isEqualTo(expected);
    }

    private static String catalogue() throws ClassNotFoundException {
        List<JavaClass> events = CLASSES.stream()
                .filter(c -> c.isAnnotatedWith(Revision.class))
                .sorted(Comparator.comparing(JavaClass::getPackageName).thenComparing(JavaClass::getSimpleName))
                .toList();
        StringBuilder out = new StringBuilder("""
                # Events

                Every event the portal records, generated from the code and checked by `EventCatalogueTest`, so it
                cannot drift. Events are never edited once released: a change is a new revision plus an upcaster.
                The stored JSON of each revision is pinned by `platform/src/test/resources/events/<Type>_v<n>.json`.
                Every event also carries metadata: `actorId`, `actorType` and `correlationId`.

                """);
        String section = null;
        for (JavaClass event : events) {
            String pkg = event.getPackageName().substring(event.getPackageName().lastIndexOf('.') + 1);
            if (!pkg.equals(section)) {
                section = pkg;
                out.append("## ")
                        .append(Character.toUpperCase(pkg.charAt(0)))
                        .append(pkg.substring(1))
                        .append("\n\n")
                        .append("| event | rev | tenancy | fields | produced by |\n|---|---|---|---|---|\n");
            }
            Class<?> type = Class.forName(event.getName());
            out.append("| `")
                    .append(type.getSimpleName())
                    .append("` | ")
                    .append(type.getAnnotation(Revision.class).value())
                    .append(" | ")
                    .append(tenancy(type))
                    .append(" | ")
                    .append(Arrays.stream(type.getRecordComponents())
                            .map(EventCatalogueTest::field)
                            .collect(Collectors.joining(", ")))
                    .append(" | ")
                    .append(String.join(", ", producers(event)))
                    .append(" |\n");
            if (events.indexOf(event) == events.size() - 1
                    || !events.get(events.indexOf(event) + 1).getPackageName().equals(event.getPackageName())) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String tenancy(Class<?> type) {
        List<String> keys = new ArrayList<>();
        if (OrganizationEvent.class.isAssignableFrom(type)) {
            keys.add("organization");
        }
        if (ProviderEvent.class.isAssignableFrom(type)) {
            keys.add("provider");
        }
        if (UserEvent.class.isAssignableFrom(type)) {
            keys.add("user");
        }
        return String.join(", ", keys);
    }

    private static String field(RecordComponent component) {
        String typeName = component.getGenericType().getTypeName().replaceAll("[a-z][a-z0-9_]*\\.", "");
        return component.getName() + ": " + typeName;
    }

    /**
     * The commands whose handlers reach the event's constructor, through any chain of calls in the code, and the
     * reads that record one.
     */
    private static Set<String> producers(JavaClass event) {
        Set<String> commands = new TreeSet<>();
        Set<JavaCodeUnit> seen = new HashSet<>();
        Deque<JavaCodeUnit> toVisit = new ArrayDeque<>();
        event.getConstructorCallsToSelf().forEach(call -> toVisit.add(call.getOrigin()));
        while (!toVisit.isEmpty()) {
            JavaCodeUnit unit = toVisit.pop();
            if (!seen.add(unit)) {
                continue;
            }
            if (unit.isAnnotatedWith(CommandHandler.class)
                    && !unit.getRawParameterTypes().isEmpty()) {
                commands.add(unit.getRawParameterTypes().get(0).getSimpleName());
            }
            if (unit.isAnnotatedWith(GetMapping.class)) {
                commands.add("a read: " + unit.getOwner().getSimpleName() + "." + unit.getName());
            }
            unit.getCallsOfSelf().forEach(call -> toVisit.add(call.getOrigin()));
            if (unit instanceof JavaMethod method) {
                method.getReferencesToSelf().forEach(reference -> toVisit.add(reference.getOrigin()));
            }
        }
        return commands;
    }
}
