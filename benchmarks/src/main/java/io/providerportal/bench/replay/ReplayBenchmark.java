package io.providerportal.bench.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.bench.Options;
import io.providerportal.bench.http.Accounts;
import io.providerportal.bench.http.Portal;
import io.providerportal.bench.measure.Quiet;
import java.util.List;

/**
 * Projection replay: rebuilds each named projection in turn ({@code POST /admin/projections/{name}/rebuild}) over
 * whatever the store holds, and times it until the rebuild has swapped its fresh tables in.
 */
public final class ReplayBenchmark {

    private final Portal portal;
    private final Options options;
    private final List<String> projections;

    public ReplayBenchmark(Portal portal, Options options) {
        this.portal = portal;
        this.options = options;
        this.projections = List.of(options.get("projections", "dashboard,audit-log").split(","));
    }

    public void run() throws InterruptedException {
        String operator = Accounts.operator(portal, options.operatorId(), options.operatorSecret());
        System.out.println("== Projection rebuild (replay of the whole store), one projection at a time");
        for (String name : projections) {
            Quiet.await();
            long start = System.nanoTime();
            portal.post("/admin/projections/" + name + "/rebuild", operator, "{}").expect(202);
            JsonNode rebuild = status(operator, name).get("rebuild");
            while (rebuild.get("state").asText().matches("RUNNING|SWITCHING")) {
                Thread.sleep(200);
                rebuild = status(operator, name).get("rebuild");
            }
            if (!rebuild.get("state").asText().equals("DONE")) {
                throw new IllegalStateException(name + " rebuild failed: " + rebuild.get("failure").asText());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long events = rebuild.get("done").asLong();
            System.out.printf("%-12s %,d events in %.1f s = %,.0f events/s%n", name, events, seconds,
                    events / seconds);
        }
    }

    private JsonNode status(String operator, String name) {
        for (JsonNode projection : portal.get("/admin/projections", operator).expect(200).get("data")) {
            if (projection.get("name").asText().equals(name)) {
                return projection;
            }
        }
        throw new IllegalArgumentException("no projection " + name);
    }
}
