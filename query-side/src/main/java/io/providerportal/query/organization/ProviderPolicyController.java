package io.providerportal.query.organization;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.ProviderPermission;
import io.providerportal.query.membership.ProviderReadAccess;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.web.ReadsFrom;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A provider's default policies for all its clients, for every confirmed provider member to see. */
@RestController
@ReadsFrom({ProjectionNames.ORGANIZATIONS, ProjectionNames.PROVIDER_MEMBERS})
class ProviderPolicyController {

    record ProviderPolicyView(
            String type, boolean enabled, @JsonRawValue String data) {}

    private final JdbcClient jdbc;
    private final ProviderReadAccess access;

    ProviderPolicyController(JdbcClient jdbc, ProviderReadAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @GetMapping("/providers/{providerId}/policies")
    Map<String, List<ProviderPolicyView>> policies(@PathVariable UUID providerId, Actor actor) {
        access.require(actor, providerId, ProviderPermission.VIEW_PROVIDER);
        return Map.of(
                "data",
                jdbc.sql("select type, enabled, data from provider_policy where provider_id = ? order by type")
                        .param(providerId)
                        .query((rs, i) -> new ProviderPolicyView(
                                rs.getString("type"), rs.getBoolean("enabled"), rs.getString("data")))
                        .list());
    }
}
