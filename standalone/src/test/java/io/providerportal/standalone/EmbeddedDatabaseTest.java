package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded default keeps its data in its folder: what is written before a restart is there after it. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestart() throws Exception {
        EmbeddedDatabaseConfig config = new EmbeddedDatabaseConfig();
        StandaloneProperties properties = new StandaloneProperties("embedded", dataDirectory, freePort());

        try (EmbeddedPostgres first = config.embeddedPostgres(properties)) {
            JdbcClient jdbc = JdbcClient.create(config.dataSource(first));
            jdbc.sql("create table kept (value text)").update();
            jdbc.sql("insert into kept values ('still here')").update();
            close(config.dataSource(first));
        }
        try (EmbeddedPostgres second = config.embeddedPostgres(properties)) {
            assertThat(JdbcClient.create(config.dataSource(second))
                            .sql("select value from kept")
                            .query(String.class)
                            .single())
                    .isEqualTo("still here");
        }
    }

    @Test
    void aSecondDatabaseOnATakenPortStopsTheStartInsteadOfSharingTheFirst(@TempDir Path other) throws Exception {
        EmbeddedDatabaseConfig config = new EmbeddedDatabaseConfig();
        int port = freePort();

        try (EmbeddedPostgres first =
                config.embeddedPostgres(new StandaloneProperties("embedded", dataDirectory, port))) {
            assertThatThrownBy(() -> config.embeddedPostgres(new StandaloneProperties("embedded", other, port)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Port " + port);
        }
    }

    private static void close(DataSource dataSource) throws Exception {
        if (dataSource instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
