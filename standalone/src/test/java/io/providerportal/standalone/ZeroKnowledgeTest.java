package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.client.ClientCrypto;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.platform.test.PortalTestClient;
import io.providerportal.standalone.Scenario.Organization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The server never sees a vault secret: after items, a folder and a collection were written from plaintexts that
 * all carry one unique canary, no table (events, lookups, read models) and no log line holds it. The same scan
 * finds the organization's name, which is stored in clear, so a scan that finds nothing means something.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class ZeroKnowledgeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noSecretReachesATableOrTheLog(CapturedOutput output) throws Exception {
        String canary = "canary-" + UUID.randomUUID();
        String organizationName = "Org-" + UUID.randomUUID().toString().substring(0, 8);
        PortalTestClient api = new PortalTestClient(mvc);
        Organization org = new Scenario(api, jdbc).own(organizationName, 5);
        SymmetricKey key = SymmetricKey.random();

        UUID collection = api.createdId(api.post(
                        "/organizations/" + org.id + "/collections",
                        org.adminToken,
                        Map.of("name", ClientCrypto.encrypt(key, "collection " + canary)))
                .andExpect(status().isCreated()));
        UUID folder = api.createdId(api.post(
                        "/folders", org.adminToken, Map.of("name", ClientCrypto.encrypt(key, "folder " + canary)))
                .andExpect(status().isCreated()));
        Map<String, Object> login = Items.with(
                Items.login(key, "name " + canary, "user " + canary, "password " + canary),
                "notes",
                ClientCrypto.encrypt(key, "notes " + canary));
        api.post(
                        "/items",
                        org.adminToken,
                        Items.with(Items.inOrganization(login, org.id, collection), "folderId", folder))
                .andExpect(status().isCreated());
        api.post(
                        "/items",
                        org.adminToken,
                        Map.of(
                                "type",
                                "CARD",
                                "name",
                                ClientCrypto.encrypt(key, canary),
                                "card",
                                Map.of(
                                        "number",
                                        ClientCrypto.encrypt(key, "4111 " + canary),
                                        "code",
                                        ClientCrypto.encrypt(key, canary)),
                                "fields",
                                List.of(Map.of(
                                        "name",
                                        ClientCrypto.encrypt(key, "pin"),
                                        "value",
                                        ClientCrypto.encrypt(key, canary),
                                        "type",
                                        1))))
                .andExpect(status().isCreated());
        api.post(
                        "/items",
                        org.adminToken,
                        Map.of(
                                "type",
                                "IDENTITY",
                                "name",
                                ClientCrypto.encrypt(key, canary),
                                "identity",
                                Map.of("ssn", ClientCrypto.encrypt(key, canary))))
                .andExpect(status().isCreated());
        api.get("/vault", org.adminToken).andExpect(status().isOk());

        assertThat(tablesHolding(organizationName))
                .as("the scan finds what is stored in clear")
                .isNotEmpty();
        assertThat(tablesHolding(canary)).isEmpty();
        assertThat(output.getAll()).doesNotContain(canary);
    }

    /** Every table of the schema with a row whose text, or whose bytes read as UTF-8, contain the value. */
    private List<String> tablesHolding(String value) {
        List<String> found = new ArrayList<>();
        for (String table : jdbc.sql("select tablename from pg_tables where schemaname = current_schema()")
                .query(String.class)
                .list()) {
            List<String> byteColumns =
                    jdbc.sql("""
                    select column_name from information_schema.columns
                    where table_schema = current_schema() and table_name = ? and data_type = 'bytea'
                    """).param(table).query(String.class).list();
            StringBuilder condition = new StringBuilder("t::text like :pattern");
            byteColumns.forEach(column -> condition
                    .append(" or position(convert_to(:value, 'UTF8') in t.\"")
                    .append(column)
                    .append("\") > 0"));
            int rows = jdbc.sql("select count(*) from \"" + table + "\" t where " + condition)
                    .param("pattern", "%" + value + "%")
                    .param("value", value)
                    .query(Integer.class)
                    .single();
            if (rows > 0) {
                found.add(table);
            }
        }
        return found;
    }
}
