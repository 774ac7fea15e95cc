package io.providerportal.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.providerportal.events.provider.ProviderCreated;
import io.providerportal.events.provider.ProviderType;
import io.providerportal.query.support.EventAppender;
import io.providerportal.query.support.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event that commits after a later one (its transaction took longer) is logged at its own position, as a replay,
 * which reads the store in order, logs it: not at the position the projection's token had reached by then.
 */
@SpringBootTest
@AutoConfigureMockMvc // unused here: it keeps the one application context, and so one set of processors, per JVM
@ActiveProfiles("test")
@Import(TestTokens.class)
class AuditPositionsTest {

    @Autowired
    EventAppender events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anEventCommittedAfterALaterOneIsLoggedAtItsOwnPosition() throws Exception {
        UUID slow = UUID.randomUUID();
        UUID fast = UUID.randomUUID();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        CompletableFuture<Long> slowPosition =
                CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions).execute(transaction -> {
                    long position = events.append(slow, created(slow, "Slow IT"));
                    appended.countDown();
                    try {
                        mayCommit.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return position;
                }));
        assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
        long fastPosition = events.append(fast, created(fast, "Fast IT"));
        await().atMost(Duration.ofSeconds(30)).until(() -> logged(fast).size() == 1);
        mayCommit.countDown();

        long position = slowPosition.get(30, TimeUnit.SECONDS);
        assertThat(position).isLessThan(fastPosition);
        await().atMost(Duration.ofSeconds(90)).until(() -> logged(slow).size() == 1);
        assertThat(logged(slow)).containsExactly(position);
        assertThat(logged(fast)).containsExactly(fastPosition);
    }

    private static ProviderCreated created(UUID id, String name) {
        return new ProviderCreated(id, name, null, ProviderType.MSP, "billing@" + id + ".test");
    }

    private List<Long> logged(UUID providerId) {
        return jdbc.sql("select position from audit_entry where provider_id = ?")
                .param(providerId)
                .query(Long.class)
                .list();
    }
}
