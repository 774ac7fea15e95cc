package io.providerportal.command.organization;

import io.providerportal.command.identity.MasterPasswordCheck;
import io.providerportal.command.identity.UserDirectory;
import io.providerportal.command.organization.OrganizationCommands.CreateOrganization;
import io.providerportal.command.organization.OrganizationCommands.DeleteOrganization;
import io.providerportal.command.web.CommandSender;
import io.providerportal.events.organization.PlanType;
import io.providerportal.platform.Ids;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.OrganizationPermission;
import io.providerportal.platform.security.OrganizationPolicy;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any user creates an organization of their own, and becomes its Owner; Owners and the provider's Admins delete it. */
@RestController
@RequestMapping("/organizations")
class OrganizationController {

    /**
     * @param key            the new organization key wrapped with the creator's public key (EncString type 4)
     * @param collectionName the default collection's name under the organization key (EncString type 2)
     */
    record CreateOrganizationRequest(
            @NotBlank @Size(max = 50) String name,
            @NotBlank @Email @Size(max = 256) String billingEmail,
            @NotNull PlanType plan,
            @NotNull @Min(1) @Max(Organization.MAX_SEATS) Integer seats,

            @NotBlank @EncString(EncString.Type.ASYMMETRIC) @Size(max = 2000)
            String key,

            @NotBlank @EncString @Size(max = 1000) String collectionName) {}

    /** @param masterPasswordHash the caller's own, derived as for logging in: deleting asks for it again */
    record DeleteOrganizationRequest(
            @NotBlank @Size(max = 300) String masterPasswordHash) {}

    private final CommandSender commands;
    private final OtherMemberships elsewhere;
    private final OrganizationAccess access;
    private final MasterPasswordCheck masterPassword;

    OrganizationController(
            CommandSender commands,
            OtherMemberships elsewhere,
            OrganizationAccess access,
            MasterPasswordCheck masterPassword) {
        this.commands = commands;
        this.elsewhere = elsewhere;
        this.access = access;
        this.masterPassword = masterPassword;
    }

    @PostMapping
    ResponseEntity<Map<String, UUID>> create(@Valid @RequestBody CreateOrganizationRequest request, Actor actor) {
        UUID ownerUserId = actor.requireUser();
        UUID organizationId = Ids.newId();
        UUID collectionId = Ids.newId();
        long position = commands.send(new CreateOrganization(
                organizationId,
                request.name().trim(),
                UserDirectory.normalize(request.billingEmail()),
                request.plan(),
                request.seats(),
                Ids.newId(),
                ownerUserId,
                UserDirectory.normalize(actor.email()),
                request.key(),
                collectionId,
                request.collectionName(),
                elsewhere.ofUser(ownerUserId, organizationId)));
        return commands.created(
                URI.create("/organizations/" + organizationId),
                position,
                Map.of("id", organizationId, "defaultCollectionId", collectionId));
    }

    /**
     * Deletes the organization with its vault, for good: its members and its provider lose it at once. Its event
     * history stays, for auditors (docs/api.md, "Deleting").
     */
    @DeleteMapping("/{organizationId}")
    ResponseEntity<Void> delete(
            @PathVariable UUID organizationId, @Valid @RequestBody DeleteOrganizationRequest request, Actor actor) {
        access.require(actor, organizationId, OrganizationPermission.DELETE_ORGANIZATION);
        masterPassword.require(actor, request.masterPasswordHash());
        return commands.done(commands.send(new DeleteOrganization(organizationId), OrganizationPolicy::notFound));
    }
}
