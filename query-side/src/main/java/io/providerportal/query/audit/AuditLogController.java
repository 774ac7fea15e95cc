package io.providerportal.query.audit;

import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.OrganizationPermission;
import io.providerportal.platform.security.ProviderPermission;
import io.providerportal.platform.web.NotFound;
import io.providerportal.platform.web.NotFoundException;
import io.providerportal.query.audit.AuditLogQueries.Page;
import io.providerportal.query.audit.AuditLogQueries.Scope;
import io.providerportal.query.membership.ProviderReadAccess;
import io.providerportal.query.organization.OrganizationReadAccess;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.web.ReadsFrom;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Event logs (E-04..E-06): an organization's (those with event-log access: Owners, Admins, Custom with the flag,
 * provider members), one member's actions in it, one item's, and a provider's (Provider Admins only). JSON pages of 50, newest
 * first, or the whole range as CSV with {@code Accept: text/csv}.
 */
@RestController
@ReadsFrom({ProjectionNames.AUDIT_LOG, ProjectionNames.ORGANIZATIONS, ProjectionNames.PROVIDER_MEMBERS})
class AuditLogController {

    private static final String CSV = "text/csv";

    private final AuditLogQueries queries;
    private final OrganizationReadAccess organizations;
    private final ProviderReadAccess providers;
    private final Clock clock;

    AuditLogController(
            AuditLogQueries queries, OrganizationReadAccess organizations, ProviderReadAccess providers, Clock clock) {
        this.queries = queries;
        this.organizations = organizations;
        this.providers = providers;
        this.clock = clock;
    }

    @GetMapping("/organizations/{organizationId}/events")
    Page organization(
            @PathVariable UUID organizationId,
            @RequestParam(required = false) Instant start,
            @RequestParam(required = false) Instant end,
            @RequestParam(required = false) String continuationToken,
            Actor actor) {
        return queries.page(
                organizationScope(actor, organizationId), EventRange.of(start, end, clock), continuationToken);
    }

    @GetMapping(path = "/organizations/{organizationId}/events", produces = CSV)
    void organizationCsv(
            @PathVariable UUID organizationId,
            @RequestParam(required = false) Instant start,
            @RequestParam(required = false) Instant end,
            Actor actor,
            HttpServletResponse response)
            throws IOException {
        csv(organizationScope(actor, organizationId), EventRange.of(start, end, clock), response);
    }

    @GetMapping("/organizations/{organizationId}/users/{memberId}/events")
    Page member(
            @PathVariable UUID organizationId,
            @PathVariable UUID memberId,
            @RequestParam(required = false) Instant start,
            @RequestParam(required = false) Instant end,
            @RequestParam(required = false) String continuationToken,
            Actor actor) {
        return queries.page(
                memberScope(actor, organizationId, memberId), EventRange.of(start, end, clock), continuationToken);
    }

    @GetMapping("/items/{itemId}/events")
    Page item(
            @PathVariable UUID itemId,
            @RequestParam(required = false) Instant start,
            @RequestParam(required = false) Instant end,
            @RequestParam(required = false) String continuationToken,
            Actor actor) {
        return queries.page(itemScope(actor, itemId), EventRange.of(start, end, clock), continuationToken);
    }

    @GetMapping(path = "/items/{itemId}/events", produces = CSV)
    void itemCsv(
            @PathVariable UUID itemId,
            @RequestParam(required = false) Instant start,
            @RequestParam(required = false) Instant end,
            Actor actor,
            HttpServletResponse response)
            throws IOException {
        csv(itemScope(actor, itemId), EventRange.of(start, end, clock), response);
    }

    @GetMapping("/providers/{providerId}/events")
    Page provider(
            @PathVariable UUID providerId,
            @RequestParam(required = false) Instant start,
            @RequestParam(required = false) Instant end,
            @RequestParam(required = false) String continuationToken,
            Actor actor) {
        return queries.page(providerScope(actor, providerId), EventRange.of(start, end, clock), continuationToken);
    }

    @GetMapping(path = "/providers/{providerId}/events", produces = CSV)
    void providerCsv(
            @PathVariable UUID providerId,
            @RequestParam(required = false) Instant start,
            @RequestParam(required = false) Instant end,
            Actor actor,
            HttpServletResponse response)
            throws IOException {
        csv(providerScope(actor, providerId), EventRange.of(start, end, clock), response);
    }

    private Scope organizationScope(Actor actor, UUID organizationId) {
        organizations.require(actor, organizationId, OrganizationPermission.ACCESS_EVENT_LOGS);
        return new Scope("organization_id", organizationId, null);
    }

    /** A member who never joined has done nothing: their log is empty rather than everyone's. */
    private Scope memberScope(Actor actor, UUID organizationId, UUID memberId) {
        organizations.require(actor, organizationId, OrganizationPermission.ACCESS_EVENT_LOGS);
        UUID user = queries.userOfMember(organizationId, memberId);
        return new Scope("organization_id", organizationId, user == null ? new UUID(0, 0) : user);
    }

    /**
     * E-06: an organization item's log is for those who read the organization's log; a personal item's for its
     * owner, the one user who ever acted on it. Anyone else finds no such item.
     */
    private Scope itemScope(Actor actor, UUID itemId) {
        AuditLogQueries.ItemOwner owner = queries.ownerOfItem(itemId).orElseThrow(AuditLogController::itemNotFound);
        if (owner.organizationId() != null) {
            try {
                organizations.require(actor, owner.organizationId(), OrganizationPermission.ACCESS_EVENT_LOGS);
            } catch (NotFoundException e) {
                throw itemNotFound();
            }
        } else if (!actor.id().equals(owner.creator())) {
            throw itemNotFound();
        }
        return new Scope("item_id", itemId, null);
    }

    private static NotFoundException itemNotFound() {
        return NotFound.item();
    }

    private Scope providerScope(Actor actor, UUID providerId) {
        providers.require(actor, providerId, ProviderPermission.VIEW_EVENT_LOG);
        return new Scope("provider_id", providerId, null);
    }

    private void csv(Scope scope, EventRange range, HttpServletResponse response) throws IOException {
        response.setContentType(CSV + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"events.csv\"");
        queries.csv(scope, range, response.getWriter());
    }
}
