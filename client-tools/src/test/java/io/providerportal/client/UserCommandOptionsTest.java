package io.providerportal.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad command lines are refused with status 2 before anything is sent: the server named here does not listen, so
 * a command that got as far as logging in would fail with status 1 instead.
 */
class UserCommandOptionsTest {

    private static final String NOWHERE = "http://127.0.0.1:1";
    private static final String ID = "3f1c8a52-6a0e-4a4b-9d2e-0c6f4b8e1a27";
    private static final String[] LOGIN = {"--server", NOWHERE, "--email", "a@b.test", "--password", "pw"};

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(login("setup-provider"), "--provider is required"),
                Arguments.of(login("setup-provider", "--provider", "not-an-id"), "--provider must be an id"),
                Arguments.of(login("setup-provider", "--provider", "../admin"), "--provider must be an id"),
                Arguments.of(
                        new String[] {"setup-provider", "--provider", ID, "--email", "a@b.test", "--password", "pw"},
                        "--server is required"),
                Arguments.of(
                        new String[] {"setup-provider", "--provider", ID, "--server", NOWHERE, "--password", "pw"},
                        "--email is required"),
                Arguments.of(
                        new String[] {"setup-provider", "--provider", ID, "--server", NOWHERE, "--email", "a@b.test"},
                        "--password is required"),
                Arguments.of(
                        login("setup-provider", "--provider", ID, "--min-position", "x"),
                        "--min-position must be an integer"),
                Arguments.of(
                        login("setup-provider", "--provider", ID, "--min-position", "-1"),
                        "--min-position must not be negative"),
                Arguments.of(login("setup-provider", "--provider", ID, "--bogus", "1"), "unknown option"),
                Arguments.of(login("confirm-provider-member", "--provider", ID), "--member-email is required"),
                Arguments.of(login("confirm-provider-member", "--member-email", "m@b.test"), "--provider is required"),
                Arguments.of(login("new-client", "--provider", ID, "--owner-email", "o@b.test"), "--name is required"),
                Arguments.of(login("new-client", "--provider", ID, "--name", "N"), "--owner-email is required"),
                Arguments.of(
                        login(
                                "new-client",
                                "--provider",
                                ID,
                                "--name",
                                "N",
                                "--owner-email",
                                "o@b.test",
                                "--plan",
                                "FREE"),
                        "--plan must be TEAMS or ENTERPRISE"),
                Arguments.of(
                        login(
                                "new-client",
                                "--provider",
                                ID,
                                "--name",
                                "N",
                                "--owner-email",
                                "o@b.test",
                                "--seats",
                                "0"),
                        "--seats must be positive"),
                Arguments.of(
                        new String[] {"new-client", "--name", "N", "--owner-email", "o@b.test"},
                        "--provider is required"),
                Arguments.of(login("confirm-org-member", "--organization", ID), "--member-email is required"),
                Arguments.of(login("confirm-org-member", "--member-email", "m@b.test"), "--organization is required"),
                Arguments.of(login("create-collection", "--organization", ID), "--name is required"),
                Arguments.of(
                        login("create-collection", "--organization", ID, "--name", "C", "--read-only"),
                        "--read-only needs --member-email"),
                Arguments.of(login("create-collection", "--name", "C"), "--organization is required"),
                Arguments.of(login("create-item", "--username", "u"), "--name is required"),
                Arguments.of(
                        login("create-item", "--name", "N", "--organization", ID),
                        "--organization and --collection go together"),
                Arguments.of(
                        login("create-item", "--name", "N", "--collection", ID),
                        "--organization and --collection go together"),
                Arguments.of(
                        login("create-item", "--name", "N", "--organization", ID, "--collection", "x"),
                        "--collection must be an id"),
                Arguments.of(login("get-item"), "--id is required"),
                Arguments.of(login("get-item", "--id", "42"), "--id must be an id"),
                Arguments.of(login("accept"), "accept needs one of --link and --mail"),
                Arguments.of(
                        login("accept", "--link", "http://h/x", "--mail", "m.txt"),
                        "accept needs one of --link and --mail"),
                Arguments.of(
                        login("accept", "--link", "http://host/providers/" + ID + "/users/" + ID + "/accept"),
                        "--link has no token"),
                Arguments.of(
                        login("accept", "--link", "http://host/providers/" + ID + "/accept?token=t"),
                        "--link is not an invitation link"),
                Arguments.of(login("accept", "--link"), "missing value for --link"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void usageErrorsExitWithStatus2BeforeAnythingIsSent(String[] args, String message) {
        Run run = run(args);

        assertThat(run.status).isEqualTo(2);
        assertThat(run.err).contains("error: ").contains(message).contains("Usage:");
        assertThat(run.out).isEmpty();
    }

    @Test
    void aValidCommandLineGoesOnToLogIn() {
        Run run = run(login("get-item", "--id", ID));

        assertThat(run.status).isEqualTo(1);
        assertThat(run.err).contains("cannot reach the server").doesNotContain("pw");
    }

    @Test
    void everyNewCommandIsInTheUsage() {
        Run run = run(new String[] {"help"});

        assertThat(run.status).isZero();
        assertThat(run.out)
                .contains(
                        "setup-provider",
                        "confirm-provider-member",
                        "new-client LOGIN --provider",
                        "confirm-org-member",
                        "create-collection",
                        "create-item",
                        "get-item",
                        "accept LOGIN (--link URL | --mail FILE)");
    }

    private static String[] login(String command, String... options) {
        String[] args = new String[1 + LOGIN.length + options.length];
        args[0] = command;
        System.arraycopy(LOGIN, 0, args, 1, LOGIN.length);
        System.arraycopy(options, 0, args, 1 + LOGIN.length, options.length);
        return args;
    }

    private record Run(int status, String out, String err) {}

    private static Run run(String[] args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PortalClient.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
