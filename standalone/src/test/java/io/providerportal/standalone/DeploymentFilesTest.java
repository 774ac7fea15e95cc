package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The container build cannot drift from the Maven reactor: every module the root pom lists reaches the image's build
 * stage, and every target docker-compose builds is a stage of the Dockerfile. (No Docker engine runs the build here;
 * this reads the files it would read.)
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..");

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

    @Test
    void everyTargetComposeBuildsIsAStageOfTheDockerfile() throws IOException {
        List<String> stages = all(Pattern.compile("(?m)^FROM \\S+ AS (\\S+)"), read("Dockerfile"));
        List<String> targets = all(Pattern.compile("(?m)^\\s+target: (\\S+)"), read("docker-compose.yml"));

        assertThat(targets).isNotEmpty();
        assertThat(stages).containsAll(targets);
    }

    private static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file));
    }

    private static List<String> all(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.results().map(result -> result.group(1)).toList();
    }
}
