package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.providerportal.client.ClientCrypto;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * My Vault over real HTTP: written as the items are read (no length known up front), and gzip-compressed for a
 * client that asks for it, with the same contents as without.
 */
@PortalTest
class VaultStreamingTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void theVaultIsStreamedAndCompressedForAClientThatAsksForIt() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        ColdClient user = api.signUp("Streamer");
        for (int i = 0; i < 40; i++) {
            api.post("/items", user.token(), Items.login(user.userKey(), "site " + i, "user " + i, "password " + i))
                    .andExpect(status().isCreated());
        }
        String position = Long.toString(api.lastPosition());

        HttpResponse<byte[]> plain = get(user, position, "identity");
        HttpResponse<byte[]> gzipped = get(user, position, "gzip");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Length"))
                .as("streamed, so no length up front")
                .isEmpty();
        assertThat(plain.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes();
        assertThat(gzipped.body().length)
                .as("base64 of ciphertext shrinks by a quarter at most")
                .isLessThan(unzipped.length * 9 / 10);

        ObjectNode vault = (ObjectNode) JSON.readTree(plain.body());
        ObjectNode unzippedVault = (ObjectNode) JSON.readTree(unzipped);
        // the revision is the store's position each read saw: other events may land between the two reads
        assertThat(unzippedVault.remove("revision").asLong())
                .isGreaterThanOrEqualTo(vault.remove("revision").asLong());
        assertThat(unzippedVault).isEqualTo(vault);
        assertThat(vault.get("items")).hasSize(40);
        assertThat(vault.at("/profile/email").asText()).isEqualTo(user.email());
        for (JsonNode item : vault.get("items")) {
            assertThat(ClientCrypto.decryptToString(
                            user.userKey(), item.at("/data/name").asText()))
                    .startsWith("site ");
        }
    }

    private HttpResponse<byte[]> get(ColdClient user, String position, String encoding) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/vault"))
                        .header("Authorization", "Bearer " + user.token())
                        .header("Accept-Encoding", encoding)
                        .header("Portal-Min-Position", position)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
