package io.providerportal.command.organization;

import io.providerportal.command.identity.UserDirectory;
import io.providerportal.command.organization.OrganizationCommands.AddToProvider;
import io.providerportal.command.organization.OrganizationCommands.CreateClientOrganization;
import io.providerportal.command.organization.OrganizationCommands.UnlinkFromProvider;
import io.providerportal.command.organization.OrganizationCommands.UpdateClient;
import io.providerportal.command.provider.ProviderAccess;
import io.providerportal.command.provider.ProviderAccess.ProviderContext;
import io.providerportal.command.provider.ProviderErrors;
import io.providerportal.command.web.CommandSender;
import io.providerportal.events.organization.PlanType;
import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.platform.Ids;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.ProviderPermission;
import io.providerportal.platform.validation.EncString;
import io.providerportal.platform.web.ForbiddenException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A provider's clients: Provider Admins create, add and unlink them (PO-03..PO-08); any member renames them and
 * changes their seats.
 */
@RestController
@RequestMapping("/providers/{providerId}/clients")
class ClientController {

    /**
     * @param key            the new organization's key wrapped with the provider key (EncString type 2)
     * @param collectionName the default collection's name under the organization key (EncString type 2)
     */
    record CreateClientRequest(
            @NotBlank @Size(max = 50) String name,
            @NotBlank @Email @Size(max = 256) String ownerEmail,
            @NotNull PlanType plan,
            @NotNull @Min(1) @Max(Organization.MAX_SEATS) Integer seats,
            @NotBlank @EncString @Size(max = 1000) String key,
            @NotBlank @EncString @Size(max = 1000) String collectionName) {}

    /** @param key the organization key wrapped with the provider key (EncString type 2) */
    record AddExistingRequest(
            @NotNull UUID organizationId,
            @NotBlank @EncString @Size(max = 1000) String key) {}

    record UpdateClientRequest(
            @NotBlank @Size(max = 50) String name,
            @NotNull @Min(1) @Max(Organization.MAX_SEATS) Integer seats) {}

    private final CommandSender commands;
    private final ProviderAccess access;
    private final OrganizationAccess organizations;
    private final OrganizationLookup lookup;

    ClientController(
            CommandSender commands,
            ProviderAccess access,
            OrganizationAccess organizations,
            OrganizationLookup lookup) {
        this.commands = commands;
        this.access = access;
        this.organizations = organizations;
        this.lookup = lookup;
    }

    @PostMapping
    ResponseEntity<Map<String, UUID>> create(
            @PathVariable UUID providerId, @Valid @RequestBody CreateClientRequest request, Actor actor) {
        ProviderContext provider = access.require(actor, providerId, ProviderPermission.MANAGE_CLIENTS);
        if (!provider.enabled()) {
            throw ProviderErrors.disabled();
        }
        UUID organizationId = Ids.newId();
        UUID collectionId = Ids.newId();
        long position = commands.send(new CreateClientOrganization(
                organizationId,
                providerId,
                request.name().trim(),
                request.plan(),
                request.seats(),
                provider.billingEmail(),
                request.key(),
                collectionId,
                request.collectionName(),
                Ids.newId(),
                UserDirectory.normalize(request.ownerEmail()),
                access.policies(providerId)));
        return commands.created(
                URI.create("/organizations/" + organizationId),
                position,
                Map.of("id", organizationId, "defaultCollectionId", collectionId));
    }

    /** A Provider Admin who also owns an organization brings it under the provider (PO-06). */
    @PostMapping("/existing")
    ResponseEntity<Void> addExisting(
            @PathVariable UUID providerId, @Valid @RequestBody AddExistingRequest request, Actor actor) {
        ProviderContext provider = access.require(actor, providerId, ProviderPermission.MANAGE_CLIENTS);
        if (!provider.enabled()) {
            throw ProviderErrors.disabled();
        }
        organizations.requireOwner(actor, request.organizationId());
        return commands.done(commands.send(new AddToProvider(
                request.organizationId(),
                providerId,
                provider.billingEmail(),
                request.key(),
                access.policies(providerId))));
    }

    /**
     * Any provider member renames a client or changes its seats (PO-07); a Service User may not take the
     * provider's clients on that plan past the seats the provider bought (PO-09).
     */
    @PutMapping("/{organizationId}")
    @Transactional // the check and the command's events commit together, under the seat pool's lock
    ResponseEntity<Void> update(
            @PathVariable UUID providerId,
            @PathVariable UUID organizationId,
            @Valid @RequestBody UpdateClientRequest request,
            Actor actor) {
        access.require(actor, providerId, ProviderPermission.ADMINISTER_CLIENTS);
        access.requireReach(actor, providerId, organizationId);
        lookup.lockSeatPool(providerId);
        OrganizationLookup.Client client =
                lookup.client(providerId, organizationId).orElseThrow(OrganizationErrors::notAClient);
        boolean serviceUser = access.confirmedType(actor, providerId).orElse(null) == ProviderUserType.SERVICE_USER;
        int allocatedAfter = lookup.allocatedSeats(providerId, client.plan()) - client.seats() + request.seats();
        if (serviceUser
                && request.seats() > client.seats()
                && allocatedAfter > access.seatMinimum(providerId, client.plan())) {
            throw new ForbiddenException(
                    "provider.service-user-cannot-purchase", "Service users cannot purchase additional seats.");
        }
        return commands.done(commands.send(
                new UpdateClient(organizationId, providerId, request.name().trim(), request.seats())));
    }

    /** A Provider Admin lets a client go; it keeps its data and must have a confirmed Owner of its own (PO-08). */
    @DeleteMapping("/{organizationId}")
    ResponseEntity<Void> unlink(@PathVariable UUID providerId, @PathVariable UUID organizationId, Actor actor) {
        access.require(actor, providerId, ProviderPermission.MANAGE_CLIENTS);
        return commands.done(
                commands.send(new UnlinkFromProvider(organizationId, providerId), OrganizationErrors::notAClient));
    }
}
