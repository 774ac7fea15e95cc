package io.providerportal.command.provider;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.command.identity.UserDirectory;
import io.providerportal.command.provider.ProviderCommands.CreateProvider;
import io.providerportal.command.provider.ProviderCommands.DeleteProvider;
import io.providerportal.command.provider.ProviderCommands.DisableProvider;
import io.providerportal.command.provider.ProviderCommands.EnableProvider;
import io.providerportal.command.provider.ProviderCommands.InviteProviderOwner;
import io.providerportal.command.provider.ProviderCommands.Owner;
import io.providerportal.command.provider.ProviderCommands.SetProviderPolicy;
import io.providerportal.command.provider.ProviderCommands.SetSeatMinimum;
import io.providerportal.command.provider.ProviderCommands.SetUpProvider;
import io.providerportal.command.provider.ProviderCommands.UpdateProviderProfile;
import io.providerportal.command.web.CommandSender;
import io.providerportal.events.organization.PlanType;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.events.provider.ProviderType;
import io.providerportal.platform.Ids;
import io.providerportal.platform.policy.PolicySettings;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.ProviderPermission;
import io.providerportal.platform.security.ProviderPolicy;
import io.providerportal.platform.validation.EncString;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators create, enable and disable providers and set their seat pool; operators and Provider Admins edit the
 * profile.
 */
@RestController
@RequestMapping("/providers")
class ProviderController {

    record PolicyRequest(@NotNull Boolean enabled, JsonNode data) {}

    record CreateProviderRequest(
            @NotBlank @Size(max = 50) String name,
            @Size(max = 50) String businessName,
            @NotNull ProviderType type,
            @NotBlank @Email @Size(max = 256) String billingEmail,
            @Email @Size(max = 256) String ownerEmail) {}

    record UpdateProviderRequest(
            @NotBlank @Size(max = 50) String name,
            @Size(max = 50) String businessName,
            @NotBlank @Email @Size(max = 256) String billingEmail) {}

    /** @param key the new provider key wrapped with the owner's own public key (EncString type 4) */
    record SetUpRequest(
            @NotBlank @EncString(EncString.Type.ASYMMETRIC) @Size(max = 2000)
            String key) {}

    record OwnerInvitationRequest(
            @NotBlank @Email @Size(max = 256) String email) {}

    record SeatMinimumRequest(
            @NotNull @Min(0) @Max(1_000_000) Integer seatMinimum) {}

    private final CommandSender commands;
    private final ProviderAccess access;
    private final UserDirectory directory;
    private final ProviderLookup lookup;

    ProviderController(CommandSender commands, ProviderAccess access, UserDirectory directory, ProviderLookup lookup) {
        this.commands = commands;
        this.access = access;
        this.directory = directory;
        this.lookup = lookup;
    }

    @PostMapping
    ResponseEntity<Map<String, UUID>> create(@Valid @RequestBody CreateProviderRequest request, Actor actor) {
        access.requireOperator(actor);
        Owner owner = null;
        if (request.ownerEmail() != null) {
            UUID ownerId = directory
                    .findByEmail(request.ownerEmail())
                    .orElseThrow(ProviderErrors::ownerNotRegistered)
                    .userId();
            owner = new Owner(Ids.newId(), ownerId, UserDirectory.normalize(request.ownerEmail()));
        }
        UUID providerId = Ids.newId();
        long position = commands.send(new CreateProvider(
                providerId,
                request.name().trim(),
                request.businessName(),
                request.type(),
                UserDirectory.normalize(request.billingEmail()),
                owner));
        return commands.created(URI.create("/providers/" + providerId), position, Map.of("id", providerId));
    }

    /** The owner of a new provider sets up its key; until then the provider takes no member or client commands. */
    @PostMapping("/{providerId}/setup")
    ResponseEntity<Void> setUp(@PathVariable UUID providerId, @Valid @RequestBody SetUpRequest request, Actor actor) {
        return commands.done(commands.send(
                new SetUpProvider(providerId, actor.requireUser(), request.key()), ProviderPolicy::notFound));
    }

    /** A provider created without an owner (a reseller) gets one by invitation, who then sets it up. */
    @PostMapping("/{providerId}/owner")
    ResponseEntity<Void> inviteOwner(
            @PathVariable UUID providerId, @Valid @RequestBody OwnerInvitationRequest request, Actor actor) {
        access.requireOperator(actor);
        return commands.done(commands.send(
                new InviteProviderOwner(providerId, Ids.newId(), UserDirectory.normalize(request.email())),
                ProviderPolicy::notFound));
    }

    @PutMapping("/{providerId}")
    ResponseEntity<Void> update(
            @PathVariable UUID providerId, @Valid @RequestBody UpdateProviderRequest request, Actor actor) {
        access.require(actor, providerId, ProviderPermission.EDIT_PROFILE);
        return commands.done(commands.send(new UpdateProviderProfile(
                providerId,
                request.name().trim(),
                request.businessName(),
                UserDirectory.normalize(request.billingEmail()))));
    }

    @PostMapping("/{providerId}/disable")
    ResponseEntity<Void> disable(@PathVariable UUID providerId, Actor actor) {
        access.require(actor, providerId, ProviderPermission.CHANGE_STATUS);
        return commands.done(commands.send(new DisableProvider(providerId)));
    }

    /** An operator deletes a provider that has no client left; its members lose it (docs/api.md, "Deleting"). */
    @DeleteMapping("/{providerId}")
    ResponseEntity<Void> delete(@PathVariable UUID providerId, Actor actor) {
        access.require(actor, providerId, ProviderPermission.CHANGE_STATUS);
        return commands.done(commands.send(
                new DeleteProvider(providerId, lookup.clientCount(providerId)), ProviderPolicy::notFound));
    }

    @PostMapping("/{providerId}/enable")
    ResponseEntity<Void> enable(@PathVariable UUID providerId, Actor actor) {
        access.require(actor, providerId, ProviderPermission.CHANGE_STATUS);
        return commands.done(commands.send(new EnableProvider(providerId)));
    }

    /**
     * A default policy for every client organization of the provider, now and later: the clients record it
     * shortly after, each in its own event log.
     */
    @PutMapping("/{providerId}/policies/{type}")
    ResponseEntity<Void> setPolicy(
            @PathVariable UUID providerId,
            @PathVariable PolicyType type,
            @Valid @RequestBody PolicyRequest request,
            Actor actor) {
        access.require(actor, providerId, ProviderPermission.MANAGE_POLICIES);
        String data = PolicySettings.canonical(type, request.data());
        return commands.done(commands.send(new SetProviderPolicy(providerId, type, request.enabled(), data)));
    }

    /** The seats of a plan the provider has bought (PO-09); operators only, as billing is outside the portal. */
    @PutMapping("/{providerId}/plans/{plan}")
    ResponseEntity<Void> setSeatMinimum(
            @PathVariable UUID providerId,
            @PathVariable PlanType plan,
            @Valid @RequestBody SeatMinimumRequest request,
            Actor actor) {
        access.require(actor, providerId, ProviderPermission.CHANGE_STATUS);
        return commands.done(commands.send(new SetSeatMinimum(providerId, plan, request.seatMinimum())));
    }
}
