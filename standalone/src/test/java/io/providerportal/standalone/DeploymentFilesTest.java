package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The container build cannot drift from the Maven reactor: every module the root pom lists reaches the image's build
 * stage, and every target docker-compose builds is a stage of the Dockerfile. The compose files are valid as
 * {@code docker-compose config} (Debian's package, which {@code .ci/run} installs) reads them, and the topology it
 * prints starts in order: every service has a health check and waits for those it depends on to be healthy. (No
 * Docker engine runs the build here; this reads the files it would read.)
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..");
    private static final String COMPOSE = "/usr/bin/docker-compose";

    @Test
    void everyModuleOfTheReactorIsCopiedIntoTheBuildStage() throws IOException {
        List<String> modules = all(Pattern.compile("<module>([^<]+)</module>"), read("pom.xml"));
        List<String> copied = all(Pattern.compile("(?m)^COPY (?!--from)(\\S+) "), read("Dockerfile"));
        List<String> ignored = Files.readAllLines(ROOT.resolve(".dockerignore")).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();

        assertThat(modules).isNotEmpty();
        for (String module : modules) {
            assertThat(copied).as("the Dockerfile copies module %s", module).containsAnyOf(".", module);
            assertThat(ignored).as(".dockerignore keeps module %s", module).doesNotContain(module, module + "/");
        }
        assertThat(ignored).as(".dockerignore keeps the wrapper and the pom").doesNotContain("mvnw", ".mvn", "pom.xml");
    }

    /** What the repository holds is what the reactor may need: .dockerignore may leave out only what git does not track. */
    @Test
    void theBuildContextHoldsEveryTrackedFile() throws Exception {
        Process git =
                new ProcessBuilder("git", "ls-files").directory(ROOT.toFile()).start();
        List<String> tracked =
                new String(git.getInputStream().readAllBytes()).lines().toList();
        assertThat(git.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tracked).contains("pom.xml", "mvnw", ".mvn/wrapper/maven-wrapper.properties", "Dockerfile");
        List<PathMatcher> ignored = Files.readAllLines(ROOT.resolve(".dockerignore")).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .flatMap(pattern -> pattern.startsWith("**/")
                        ? Stream.of(pattern, pattern.substring(3)) // Docker's ** also matches no directory at all
                        : Stream.of(pattern))
                .map(pattern -> FileSystems.getDefault().getPathMatcher("glob:" + pattern))
                .toList();

        for (String file : tracked) {
            Path path = Path.of(file);
            for (int depth = 1; depth <= path.getNameCount(); depth++) {
                Path leading = path.subpath(0, depth); // Docker leaves out a file whose directory it leaves out
                assertThat(ignored)
                        .as(".dockerignore leaves %s out of the image's build", file)
                        .noneMatch(matcher -> matcher.matches(leading));
            }
        }
    }

    @Test
    void everyTargetComposeBuildsIsAStageOfTheDockerfile() throws IOException {
        List<String> stages = all(Pattern.compile("(?m)^FROM \\S+ AS (\\S+)"), read("Dockerfile"));
        List<String> targets = all(Pattern.compile("(?m)^\\s+target: (\\S+)"), read("docker-compose.yml"));

        assertThat(targets).isNotEmpty();
        assertThat(stages).containsAll(targets);
    }

    @Test
    void theDatabaseTopologyStartsInOrderOfHealth() throws Exception {
        Map<String, Map<String, Object>> services = composed("docker-compose.yml");

        assertThat(services).containsOnlyKeys("postgres", "mailpit", "command-side", "query-side", "proxy");
        assertStartsInOrderOfHealth(services);
        assertThat(dependencies(services.get("command-side"))).contains("postgres");
        assertThat(dependencies(services.get("query-side"))).contains("command-side");
        assertThat(dependencies(services.get("proxy"))).contains("command-side", "query-side");
        for (String side : List.of("command-side", "query-side")) {
            assertThat(environment(services.get(side))).doesNotContainKey("SPRING_PROFILES_ACTIVE");
        }
    }

    @Test
    void theAxonServerFileWiresBothSidesToTheServer() throws Exception {
        Map<String, Map<String, Object>> services = composed("docker-compose.yml", "deploy/axonserver.yml");

        assertThat(services).containsKey("axonserver");
        assertStartsInOrderOfHealth(services);
        for (String side : List.of("command-side", "query-side")) {
            assertThat(environment(services.get(side)))
                    .containsEntry("SPRING_PROFILES_ACTIVE", "axonserver")
                    .containsEntry("AXONSERVER_SERVERS", "axonserver:8124");
            assertThat(dependencies(services.get(side))).contains("axonserver");
        }
    }

    private static void assertStartsInOrderOfHealth(Map<String, Map<String, Object>> services) {
        services.forEach((name, service) -> {
            assertThat(service).as("%s has a health check", name).containsKey("healthcheck");
            @SuppressWarnings("unchecked")
            Map<String, Object> check = (Map<String, Object>) service.get("healthcheck");
            assertThat((List<?>) check.get("test"))
                    .as("%s's health check runs a command", name)
                    .hasSizeGreaterThan(1);
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> dependsOn =
                    (Map<String, Map<String, Object>>) service.getOrDefault("depends_on", Map.of());
            dependsOn.forEach((dependency, condition) -> assertThat(condition)
                    .as("%s waits for %s to be healthy", name, dependency)
                    .containsEntry("condition", "service_healthy"));
        });
    }

    /** The services as {@code docker-compose config} merges and validates the files. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> composed(String... files) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(COMPOSE)), COMPOSE + " is missing (apt-get install docker-compose)");
        List<String> command = new ArrayList<>(List.of(COMPOSE));
        for (String file : files) {
            command.addAll(List.of("-f", file));
        }
        command.add("config");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().put("PORTAL_OPERATOR_CLIENT_SECRET", "checked-by-a-test");
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as("docker-compose config says:%n%s", output)
                .isZero();
        Map<String, Object> config = new Yaml().load(output);
        return (Map<String, Map<String, Object>>) config.get("services");
    }

    @SuppressWarnings("unchecked")
    private static List<String> dependencies(Map<String, Object> service) {
        return List.copyOf(((Map<String, Object>) service.getOrDefault("depends_on", Map.of())).keySet());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> service) {
        return (Map<String, Object>) service.getOrDefault("environment", Map.of());
    }

    private static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file));
    }

    private static List<String> all(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.results().map(result -> result.group(1)).toList();
    }
}
