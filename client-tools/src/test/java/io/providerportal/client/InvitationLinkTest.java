package io.providerportal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvitationLinkTest {

    private static final String PID = "3f1c8a52-6a0e-4a4b-9d2e-0c6f4b8e1a27";
    private static final String MID = "b7e0f2d4-1c3a-4e5f-8a9b-0c1d2e3f4a5b";

    @Test
    void readsTheProviderAcceptPathAndToken() {
        InvitationLink link = InvitationLink.parse(
                "http://portal.test:8080/providers/" + PID + "/users/" + MID + "/accept?token=eyJh.eyJz.c2ln");

        assertThat(link.path()).isEqualTo("/providers/" + PID + "/users/" + MID + "/accept");
        assertThat(link.token()).isEqualTo("eyJh.eyJz.c2ln");
    }

    @Test
    void readsTheOrganizationAcceptPathBehindAPublicUrlWithAPath() {
        InvitationLink link = InvitationLink.parse(
                "https://example.test/portal/organizations/" + PID + "/users/" + MID + "/accept?x=1&token=a%2Db+c");

        assertThat(link.path()).isEqualTo("/organizations/" + PID + "/users/" + MID + "/accept");
        assertThat(link.token()).isEqualTo("a-b+c");
    }

    @Test
    void readsTheLinkOfAMailSavedAsAFile(@TempDir Path directory) throws Exception {
        Path mail = directory.resolve("bob@example.test.txt");
        Files.writeString(
                mail,
                "Subject: You are invited\n\nopen this link within 120 hours:\nhttp://localhost:8080"
                        + "/organizations/" + PID + "/users/" + MID
                        + "/accept?token=eyJh.eyJz.c2ln\n\nThe invitation ...");

        InvitationLink link = InvitationLink.fromMail(mail, Duration.ZERO);

        assertThat(link.path()).isEqualTo("/organizations/" + PID + "/users/" + MID + "/accept");
        assertThat(link.token()).isEqualTo("eyJh.eyJz.c2ln");
        assertThatThrownBy(() -> InvitationLink.fromMail(directory.resolve("nobody.txt"), Duration.ZERO))
                .isInstanceOf(CommandFailure.class);
    }

    @Test
    void refusesWhatIsNoInvitationLink() {
        assertThatThrownBy(() ->
                        InvitationLink.parse("http://host/organizations/" + PID + "/users/" + MID + "/confirm?token=t"))
                .isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> InvitationLink.parse("http://host/providers/../users/" + MID + "/accept?token=t"))
                .isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> InvitationLink.parse("not a url")).isInstanceOf(UsageException.class);
        assertThatThrownBy(
                        () -> InvitationLink.parse("http://host/providers/" + PID + "/users/" + MID + "/accept?token="))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("no token");
    }

    @Test
    void neverPrintsTheToken() {
        assertThat(InvitationLink.parse("http://h/providers/" + PID + "/users/" + MID + "/accept?token=secret"))
                .hasToString("InvitationLink[/providers/" + PID + "/users/" + MID + "/accept]");
    }
}
