package io.providerportal.query.projection;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A read model's statements, held until its batch of events commits ({@link PerBatch}) and then sent in the order
 * the handlers gave them, each run of one statement as one JDBC batch: a round trip for many events instead of one
 * per event. Only for read models whose handlers write without reading back in Java what an earlier handler of the
 * same batch wrote; SQL that reads other rows is fine, as every statement still runs in its place in the order.
 */
public final class DeferredStatements {

    private record Statement(String sql, Object[] params) {}

    private final JdbcTemplate jdbc;
    private final PerBatch<List<Statement>> batch;

    public DeferredStatements(Class<?> readModel, IsolatedFailures failures, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.batch = new PerBatch<>(readModel, failures, ArrayList::new, this::send);
    }

    /** Runs the statement when the batch commits, after those given before it. */
    public void update(String sql, Object... params) {
        batch.add(statements -> statements.add(new Statement(sql, params)));
    }

    private void send(List<Statement> statements) {
        int from = 0;
        while (from < statements.size()) {
            String sql = statements.get(from).sql();
            List<Object[]> run = new ArrayList<>();
            for (int i = from; i < statements.size() && statements.get(i).sql().equals(sql); i++) {
                run.add(statements.get(i).params());
            }
            if (run.size() == 1) {
                jdbc.update(sql, run.get(0));
            } else {
                jdbc.batchUpdate(sql, run);
            }
            from += run.size();
        }
    }
}
