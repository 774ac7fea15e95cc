package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The app shell and its modules are public and served under a strict policy; the API behind them is not. */
@PortalTest
class WebUiServingTest {

    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theShellIsServedAtTheRootWithoutATokenUnderAStrictPolicy() throws Exception {
        HttpResponse<String> shell = get("/");
        assertThat(shell.statusCode()).isEqualTo(200);
        assertThat(shell.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(shell.headers().firstValue("Content-Security-Policy")).hasValue(POLICY);
        assertThat(shell.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(shell.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(shell.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        // every script is a module from this origin: nothing inline the policy would have to allow
        assertThat(Pattern.compile("<script(?![^>]*\\ssrc=\"/)")
                        .matcher(shell.body())
                        .find())
                .isFalse();
        assertThat(shell.body()).doesNotContain("style=").contains("src=\"/ui/app.js\"");
    }

    @Test
    void modulesStylesheetAndTheUiLibraryAreOpen() throws Exception {
        for (String path : new String[] {
            "/ui/app.js", "/ui/crypto.js", "/ui/style.css", "/ui/lib/preact/10.27.2/dist/preact.module.js"
        }) {
            HttpResponse<String> file = get(path);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValue(POLICY);
        }
    }

    @Test
    void anInvitationLinkOpensTheAppWhileAcceptingStillNeedsAToken() throws Exception {
        String link = "/organizations/" + UUID.randomUUID() + "/users/" + UUID.randomUUID() + "/accept";
        HttpResponse<String> page = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + link + "?token=abc"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(POLICY);
        assertThat(page.body()).contains("src=\"/ui/app.js\"");

        HttpResponse<String> accept = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + link))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"abc\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accept.statusCode()).isEqualTo(401);
    }

    @Test
    void everythingElseStillNeedsAToken() throws Exception {
        assertThat(get("/providers").statusCode()).isEqualTo(401);
        assertThat(get("/ui-secrets").statusCode()).isEqualTo(401);
        assertThat(get("/organizations").statusCode()).isEqualTo(401);
        assertThat(get("/webjars/preact/10.27.2/dist/preact.module.js").statusCode())
                .isIn(401, 404);
        assertThat(get("/ui/lib/swagger-ui/5.30.1/index.html").statusCode()).isEqualTo(404);
    }
}
