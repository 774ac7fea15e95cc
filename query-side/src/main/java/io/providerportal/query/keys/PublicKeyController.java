package io.providerportal.query.keys;

import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.OrganizationPermission;
import io.providerportal.platform.security.ProviderPermission;
import io.providerportal.platform.web.NotFound;
import io.providerportal.query.keys.PublicKeys.MemberPublicKey;
import io.providerportal.query.membership.ProviderReadAccess;
import io.providerportal.query.organization.OrganizationReadAccess;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.web.ReadsFrom;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public keys, for whoever may confirm their account: the account itself, a Provider Admin of a provider it belongs
 * to, or someone who manages the users of an organization it belongs to (Bitwarden's shapes, so its clients can use
 * them). To anyone else an account is unknown, exactly as one that does not exist: this is no directory of accounts.
 * The bulk forms are reads asked for with POST, as Bitwarden's clients ask; they answer accepted members only.
 */
@RestController
@ReadsFrom({ProjectionNames.PUBLIC_KEYS, ProjectionNames.ORGANIZATIONS, ProjectionNames.PROVIDER_MEMBERS})
class PublicKeyController {

    record PublicKeyView(UUID userId, String publicKey) {}

    record MemberIds(@NotEmpty @Size(max = 100) List<@NotNull UUID> ids) {}

    private final PublicKeys keys;
    private final ProviderReadAccess providers;
    private final OrganizationReadAccess organizations;

    PublicKeyController(PublicKeys keys, ProviderReadAccess providers, OrganizationReadAccess organizations) {
        this.keys = keys;
        this.providers = providers;
        this.organizations = organizations;
    }

    @GetMapping({"/users/{userId}/public-key", "/api/users/{userId}/public-key"})
    PublicKeyView publicKey(@PathVariable UUID userId, Actor actor) {
        boolean allowed = userId.equals(actor.id())
                || providers.managesMembershipOf(actor, userId)
                || organizations.managesMembershipOf(actor, userId);
        return keys.of(userId)
                .filter(key -> allowed)
                .map(key -> new PublicKeyView(userId, key))
                .orElseThrow(() -> NotFound.user());
    }

    @PostMapping("/providers/{providerId}/users/public-keys")
    Map<String, List<MemberPublicKey>> providerMembers(
            @PathVariable UUID providerId, @Valid @RequestBody MemberIds request, Actor actor) {
        providers.require(actor, providerId, ProviderPermission.MANAGE_MEMBERS);
        return Map.of("data", keys.ofMembers(providers.acceptedUsers(providerId, request.ids())));
    }

    @PostMapping("/organizations/{organizationId}/users/public-keys")
    Map<String, List<MemberPublicKey>> organizationMembers(
            @PathVariable UUID organizationId, @Valid @RequestBody MemberIds request, Actor actor) {
        organizations.require(actor, organizationId, OrganizationPermission.MANAGE_USERS);
        return Map.of("data", keys.ofMembers(organizations.acceptedUsers(organizationId, request.ids())));
    }
}
