package io.providerportal.command.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.client.PortalClient;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** A write retried with the same Idempotency-Key is applied once and answered as the first time. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IdempotentWritesApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    ColdClient owner;
    UUID providerId;
    SymmetricKey providerKey = SymmetricKey.random();

    @BeforeEach
    void setUp() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        owner = api.signUp("Owner");
        providerId = api.createdId(api.post(
                "/providers",
                api.operatorToken(),
                Map.of(
                        "name",
                        "Acme IT",
                        "type",
                        "MSP",
                        "billingEmail",
                        "billing@acme.test",
                        "ownerEmail",
                        owner.email())));
        owner.setUpProvider(providerId).andExpect(status().isNoContent());
    }

    @Test
    void aRetryGetsTheFirstAnswerAndCreatesNothingMore() throws Exception {
        String body = client("Contoso");

        MockHttpServletResponse first = create("retry-1", body, owner.token());
        MockHttpServletResponse retry = create("retry-1", body, owner.token());

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(retry.getHeader("Portal-Position")).isEqualTo(first.getHeader("Portal-Position"));
        assertThat(retry.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(retry.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(clients()).isEqualTo(1);
        // without a key, or with another, the same body is a second client
        assertThat(create("retry-2", body, owner.token()).getStatus()).isEqualTo(201);
        assertThat(clients()).isEqualTo(2);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() throws Exception {
        create("reused", client("Contoso"), owner.token());

        MockHttpServletResponse other = create("reused", client("Fabrikam"), owner.token());

        assertThat(other.getStatus()).isEqualTo(422);
        assertThat(other.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(other.getContentAsString())
                .contains("idempotency.key-reused")
                .contains("Idempotency-Key");
        assertThat(clients()).isEqualTo(1);
    }

    @Test
    void aRejectionIsAnsweredAgainAsItWasAndKeysAreEachCallersOwn() throws Exception {
        ColdClient stranger = new PortalTestClient(mvc).signUp("Stranger");
        String body = client("Contoso");

        MockHttpServletResponse refused = create("shared-key", body, stranger.token());
        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(create("shared-key", body, stranger.token()).getContentAsString())
                .isEqualTo(refused.getContentAsString());
        // the owner's request with the same key is the owner's own, and applies
        assertThat(create("shared-key", body, owner.token()).getStatus()).isEqualTo(201);
        assertThat(clients()).isEqualTo(1);
    }

    @Test
    void retriesArrivingTogetherApplyOnceAndAllGetTheFirstAnswer() throws Exception {
        String body = client("Contoso");
        int retries = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(retries);
        try {
            List<Callable<MockHttpServletResponse>> calls = Collections.nCopies(retries, () -> {
                start.await();
                return create("together", body, owner.token());
            });
            List<Future<MockHttpServletResponse>> answers =
                    calls.stream().map(pool::submit).toList();
            start.countDown();
            List<String> bodies = new ArrayList<>();
            for (Future<MockHttpServletResponse> answer : answers) {
                assertThat(answer.get().getStatus()).isEqualTo(201);
                bodies.add(answer.get().getContentAsString());
            }
            assertThat(bodies).containsOnly(bodies.get(0));
        } finally {
            pool.shutdown();
        }
        assertThat(clients()).isEqualTo(1);
    }

    /**
     * The database fails after the command but before its answer is kept (a trigger refuses to keep it, as a crash
     * or a lost connection would): nothing of the write may stay, so the retry applies it once.
     */
    @Test
    void aWriteWhoseAnswerCouldNotBeKeptLeavesNothingAndItsRetryAppliesOnce() throws Exception {
        String key = "fails-" + UUID.randomUUID();
        jdbc.sql("""
                create function refuse_answer() returns trigger language plpgsql as $$
                begin
                    if new.key like 'fails-%' and new.status is not null then raise exception 'lost'; end if;
                    return new;
                end $$""").update();
        jdbc.sql("create trigger refuse_answer before update on idempotency_key for each row "
                        + "execute function refuse_answer()")
                .update();
        String body = client("Contoso");
        try {
            assertThat(create(key, body, owner.token()).getStatus()).isEqualTo(500);
            assertThat(clients()).as("nothing of the failed write stays").isZero();
        } finally {
            jdbc.sql("drop trigger refuse_answer on idempotency_key").update();
            jdbc.sql("drop function refuse_answer()").update();
        }

        MockHttpServletResponse retry = create(key, body, owner.token());

        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getHeader("Idempotent-Replayed")).isNull();
        assertThat(clients()).isEqualTo(1);
        assertThat(create(key, body, owner.token()).getHeader("Idempotent-Replayed"))
                .isEqualTo("true");
        assertThat(clients()).isEqualTo(1);
    }

    @Test
    void aKeyMustBeShortText() throws Exception {
        MockHttpServletResponse tooLong = create("k".repeat(256), client("Contoso"), owner.token());

        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString()).contains("Idempotency-Key");
        assertThat(clients()).isZero();
    }

    private String client(String name) {
        return PortalClient.newClientJson(providerKey, name, "it@" + name.toLowerCase() + ".test", "TEAMS", 10);
    }

    private MockHttpServletResponse create(String key, String body, String token) throws Exception {
        return mvc.perform(post("/providers/" + providerId + "/clients")
                        .header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse();
    }

    private long clients() {
        return jdbc.sql("select count(*) from organization_lookup where provider_id = ?")
                .param(providerId)
                .query(Long.class)
                .single();
    }
}
