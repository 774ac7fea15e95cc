package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.platform.web.StreamedJson;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A streamed answer whose reading fails after its first bytes went out (the database restarting mid-read, say)
 * reaches the client as an unfinished answer: the connection is broken off, so no client takes the part it got, or
 * the part with an error answer appended, for a whole answer.
 */
@PortalTest
class BrokenOffAnswerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    /** Streams rows past the response buffer, then loses its database, as My Vault's reading would. */
    @Hidden // no endpoint of the portal's, so out of the published API the other tests walk
    @RestController
    static class FailingStream {

        private final ObjectMapper json;

        FailingStream(ObjectMapper json) {
            this.json = json;
        }

        /** Past the response buffer, the arrays left open. */
        private static void writeRows(JsonGenerator out) throws IOException {
            out.writeStartObject();
            out.writeArrayFieldStart("items");
            for (int row = 0; row < 5_000; row++) {
                out.writeStartObject();
                out.writeNumberField("row", row);
                out.writeStringField("data", "2.cipher-text-of-the-row|iv|mac");
                out.writeEndObject();
            }
        }

        @GetMapping("/test/failing-stream")
        void rows(HttpServletResponse response) throws IOException {
            StreamedJson.write(json, response, "application/json", out -> {
                writeRows(out);
                out.flush();
                throw new DataAccessResourceFailureException("the database went away mid-read");
            });
        }

        /**
         * As a lost PostgreSQL connection fails: the driver's I/O error carries an {@link EOFException}, which Spring
         * takes for a client that went away. The last rows are still in the writer's buffer.
         */
        @GetMapping("/test/stream-losing-its-connection")
        void rowsThenLostConnection(HttpServletResponse response) throws IOException {
            StreamedJson.write(json, response, "application/json", out -> {
                writeRows(out);
                throw new DataAccessResourceFailureException(
                        "Unable to commit against JDBC Connection",
                        new SQLException("An I/O error occurred while sending to the backend.", new EOFException()));
            });
        }
    }

    @Test
    void anAnswerThatFailsAfterItsStartIsBrokenOffNotFinished() throws Exception {
        String token = new PortalTestClient(mvc).login(new PortalTestClient(mvc).register("Reader"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/test/failing-stream"))
                .header("Authorization", "Bearer " + token)
                .build();

        assertThatThrownBy(() -> HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void anAnswerWhoseDatabaseConnectionIsLostIsBrokenOffToo() throws Exception {
        String token = new PortalTestClient(mvc).login(new PortalTestClient(mvc).register("Reader"));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/test/stream-losing-its-connection"))
                .header("Authorization", "Bearer " + token)
                .build();

        assertThatThrownBy(() -> HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()))
                .isInstanceOf(IOException.class);
    }
}
