package io.providerportal.command.organization;

import io.providerportal.command.identity.UserDirectory;
import io.providerportal.command.provider.ProviderAccess;
import io.providerportal.command.provider.ProviderAccess.ProviderContext;
import io.providerportal.command.provider.ProviderErrors;
import io.providerportal.command.web.CommandSender;
import io.providerportal.events.organization.PlanType;
import io.providerportal.platform.Ids;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.ProviderPermission;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Provider Admins create client organizations (PO-03, PO-04). */
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
            @NotBlank @EncString @Size(max = 1000) String collectionName) {
    }

    private final CommandSender commands;
    private final ProviderAccess access;

    ClientController(CommandSender commands, ProviderAccess access) {
        this.commands = commands;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<Map<String, UUID>> create(@PathVariable UUID providerId,
            @Valid @RequestBody CreateClientRequest request, Actor actor) {
        ProviderContext provider = access.require(actor, providerId, ProviderPermission.MANAGE_CLIENTS);
        if (!provider.enabled()) {
            throw ProviderErrors.disabled();
        }
        UUID organizationId = Ids.newId();
        UUID collectionId = Ids.newId();
        long position = commands.send(new CreateClientOrganization(organizationId, providerId,
                request.name().trim(), request.plan(), request.seats(), provider.billingEmail(), request.key(),
                collectionId, request.collectionName(), Ids.newId(), UserDirectory.normalize(request.ownerEmail())),
                organizationId);
        return commands.created(URI.create("/organizations/" + organizationId), position,
                Map.of("id", organizationId, "defaultCollectionId", collectionId));
    }
}
