package io.providerportal.query.dashboard;

import io.providerportal.query.dashboard.DashboardViews.ClientPage;
import io.providerportal.query.dashboard.DashboardViews.ClientRow;
import io.providerportal.query.dashboard.DashboardViews.PlanView;
import io.providerportal.query.dashboard.DashboardViews.ProviderView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads of the dashboard tables: one indexed keyset scan per page, whatever the sort. */
@Component
class DashboardQueries {

    /** A row with the value it is sorted by, which the next page's token starts after. */
    private record Sorted(ClientRow row, String sortValue) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate searches;

    DashboardQueries(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.searches = new TransactionTemplate(transactions);
        this.searches.setReadOnly(true);
    }

    /** {@code scope} as for {@link #clients}: a member limited to some clients counts those; the seat pool is whole. */
    Optional<ProviderView> provider(UUID providerId, Optional<List<UUID>> scope) {
        List<PlanView> plans = jdbc.sql("""
                select coalesce(m.plan, a.plan) as plan, coalesce(m.seat_minimum, 0) as seat_minimum,
                       coalesce(a.allocated, 0) as allocated
                from (select plan, seat_minimum from dashboard_provider_plan where provider_id = :provider) m
                full join (select plan, sum(seats) as allocated from dashboard_client where provider_id = :provider
                           group by plan) a on a.plan = m.plan
                order by 1
                """)
                .param("provider", providerId)
                .query((rs, i) -> new PlanView(rs.getString("plan"), rs.getInt("seat_minimum"), rs.getInt("allocated")))
                .list();
        String reached = scope.map(ids -> ids.isEmpty() ? "and false" : "and c.organization_id in (:scope)")
                .orElse("");
        return jdbc.sql("""
                        select p.*, (select count(*) from dashboard_client c where c.provider_id = p.provider_id %s)
                                    as clients
                        from dashboard_provider p where p.provider_id = :provider
                        """.formatted(reached))
                .param("provider", providerId)
                .param("scope", scope.orElse(List.of()))
                .query((rs, i) -> new ProviderView(
                        rs.getObject("provider_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("business_name"),
                        rs.getString("type"),
                        rs.getString("billing_email"),
                        rs.getBoolean("enabled"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getInt("clients"),
                        plans))
                .optional();
    }

    /** {@code scope}: the clients a member limited to some sees; empty for everyone else. */
    ClientPage clients(
            UUID providerId,
            Optional<List<UUID>> scope,
            String search,
            ClientSort sort,
            boolean descending,
            int limit,
            ContinuationToken after) {
        if (scope.isPresent() && scope.get().isEmpty()) {
            return new ClientPage(List.of(), null);
        }
        String direction = descending ? "desc" : "asc";
        StringBuilder sql = new StringBuilder("select * from dashboard_client where provider_id = :provider");
        if (scope.isPresent()) {
            sql.append(" and organization_id in (:scope)");
        }
        if (search != null && !search.isBlank()) {
            sql.append(" and sort_name like :search escape '\\'");
        }
        if (after != null) {
            sql.append(" and (")
                    .append(sort.column)
                    .append(", organization_id) ")
                    .append(descending ? "<" : ">")
                    .append(" (:afterValue, :afterId)");
        }
        sql.append(" order by ")
                .append(sort.column)
                .append(' ')
                .append(direction)
                .append(", organization_id ")
                .append(direction)
                .append(" limit :limit");

        JdbcClient.StatementSpec statement =
                jdbc.sql(sql.toString()).param("provider", providerId).param("limit", limit + 1);
        if (scope.isPresent()) {
            statement = statement.param("scope", scope.get());
        }
        if (search != null && !search.isBlank()) {
            statement = statement.param("search", "%" + escapeLike(DashboardProjection.sortKey(search.trim())) + "%");
        }
        if (after != null) {
            statement = statement
                    .param("afterValue", sort.parse.apply(after.value()))
                    .param("afterId", after.lastId());
        }
        JdbcClient.StatementSpec query = statement;
        Supplier<List<Sorted>> read = () ->
                query.query((rs, i) -> new Sorted(row(rs), sortValue(rs, sort))).list();
        List<Sorted> rows = search == null || search.isBlank() ? read.get() : planned(read);

        List<ClientRow> page = rows.stream().limit(limit).map(Sorted::row).toList();
        String next = null;
        if (rows.size() > limit) {
            Sorted last = rows.get(limit - 1);
            next = new ContinuationToken(
                            sort, descending, last.sortValue(), last.row().organizationId())
                    .encode();
        }
        return new ClientPage(page, next);
    }

    /**
     * A search planned for its own pattern: after five runs the driver prepares a statement on the server, whose
     * generic plan cannot see the pattern and walks every client in name order (200 ms at 100,000), where the name
     * index of trigrams finds a rare part at once.
     */
    private List<Sorted> planned(Supplier<List<Sorted>> read) {
        return searches.execute(transaction -> {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            return read.get();
        });
    }

    private static ClientRow row(ResultSet rs) throws SQLException {
        int seats = rs.getInt("seats");
        int occupied = rs.getInt("occupied_seats");
        return new ClientRow(
                rs.getObject("organization_id", UUID.class),
                rs.getString("name"),
                rs.getString("plan"),
                seats,
                occupied,
                Math.max(0, seats - occupied),
                rs.getInt("confirmed_users"),
                rs.getInt("collections"),
                rs.getInt("items"),
                rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("key"));
    }

    private static String sortValue(ResultSet rs, ClientSort sort) throws SQLException {
        return sort == ClientSort.CREATED_AT
                ? rs.getTimestamp(sort.column).toInstant().toString()
                : rs.getString(sort.column);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
