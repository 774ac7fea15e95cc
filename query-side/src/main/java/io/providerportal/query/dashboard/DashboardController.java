package io.providerportal.query.dashboard;

import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.ProviderPermission;
import io.providerportal.platform.web.InvalidRequestException;
import io.providerportal.platform.web.NotFoundException;
import io.providerportal.query.dashboard.DashboardViews.ClientPage;
import io.providerportal.query.dashboard.DashboardViews.ProviderView;
import io.providerportal.query.membership.ProviderReadAccess;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.web.ReadsFrom;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The provider's own page and its client list (PO-02), for confirmed members of the provider and operators. */
@RestController
@ReadsFrom({ProjectionNames.DASHBOARD, ProjectionNames.PROVIDER_MEMBERS})
@RequestMapping("/providers/{providerId}")
class DashboardController {

    private final DashboardQueries queries;
    private final ProviderReadAccess access;

    DashboardController(DashboardQueries queries, ProviderReadAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping
    ProviderView provider(@PathVariable UUID providerId, Actor actor) {
        access.require(actor, providerId, ProviderPermission.VIEW_PROVIDER);
        return queries.provider(providerId, access.scopeOf(actor, providerId))
                .orElseThrow(() -> new NotFoundException("provider.not-found", "No such provider."));
    }

    @GetMapping("/clients")
    ClientPage clients(
            @PathVariable UUID providerId,
            @RequestParam(required = false) @Size(max = 50) String search,
            @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "asc") String direction,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            @RequestParam(required = false) String continuationToken,
            Actor actor) {
        access.require(actor, providerId, ProviderPermission.LIST_CLIENTS);
        ClientSort order = ClientSort.of(sort);
        boolean descending = switch (direction) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new InvalidRequestException("invalid-direction", "direction", "must be asc or desc");
        };
        ContinuationToken after =
                continuationToken == null ? null : ContinuationToken.decode(continuationToken, order, descending);
        return queries.clients(providerId, access.scopeOf(actor, providerId), search, order, descending, limit, after);
    }
}
