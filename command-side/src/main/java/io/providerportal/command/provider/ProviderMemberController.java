package io.providerportal.command.provider;

import io.providerportal.command.identity.UserDirectory;
import io.providerportal.command.invitation.InvitationErrors;
import io.providerportal.command.invitation.InvitationTokens;
import io.providerportal.command.invitation.InvitationTokens.Kind;
import io.providerportal.command.provider.ProviderCommands.AcceptProviderUser;
import io.providerportal.command.provider.ProviderCommands.ChangeProviderUserType;
import io.providerportal.command.provider.ProviderCommands.ConfirmProviderUser;
import io.providerportal.command.provider.ProviderCommands.InvitationResult;
import io.providerportal.command.provider.ProviderCommands.InviteProviderUsers;
import io.providerportal.command.provider.ProviderCommands.Invitee;
import io.providerportal.command.provider.ProviderCommands.ReinviteProviderUser;
import io.providerportal.command.provider.ProviderCommands.RemoveProviderUser;
import io.providerportal.command.provider.ProviderCommands.SetProviderUserScope;
import io.providerportal.command.web.CommandSender;
import io.providerportal.command.web.CommandSender.BulkResult;
import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.platform.Ids;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.ProviderPermission;
import io.providerportal.platform.validation.EncString;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Provider members (PU-01..PU-10): invite, reinvite, accept, confirm, change type, remove; single and bulk. */
@RestController
@RequestMapping("/providers/{providerId}/users")
class ProviderMemberController {

    record InviteRequest(
            @NotEmpty @Size(max = 20) List<@NotBlank @Email @Size(max = 256) String> emails,
            @NotNull ProviderUserType type) {}

    record InviteResponse(List<Invitee> invited, List<String> skipped) {}

    record IdsRequest(@NotEmpty @Size(max = 100) List<@NotNull UUID> ids) {}

    record AcceptRequest(@NotBlank @Size(max = 4000) String token) {}

    /** The provider key wrapped with the member's public key. */
    record ConfirmRequest(
            @NotBlank @EncString(EncString.Type.ASYMMETRIC) @Size(max = 2000)
            String key) {}

    record MemberKey(
            @NotNull UUID id,

            @NotBlank @EncString(EncString.Type.ASYMMETRIC) @Size(max = 2000)
            String key) {}

    record BulkConfirmRequest(@NotEmpty @Size(max = 100) List<@Valid MemberKey> keys) {}

    record TypeRequest(@NotNull ProviderUserType type) {}

    /** Every client, or only the listed ones. */
    record ScopeRequest(
            boolean allClients,
            @Size(max = 10_000) List<@NotNull UUID> organizationIds,
            @Size(max = 1_000) List<@NotNull UUID> clientGroupIds) {}

    private final CommandSender commands;
    private final ProviderAccess access;
    private final InvitationTokens invitations;

    ProviderMemberController(CommandSender commands, ProviderAccess access, InvitationTokens invitations) {
        this.commands = commands;
        this.access = access;
        this.invitations = invitations;
    }

    @PostMapping("/invite")
    ResponseEntity<InviteResponse> invite(
            @PathVariable UUID providerId, @Valid @RequestBody InviteRequest request, Actor actor) {
        access.require(actor, providerId, ProviderPermission.MANAGE_MEMBERS);
        List<Invitee> invitees = request.emails().stream()
                .map(email -> new Invitee(Ids.newId(), UserDirectory.normalize(email)))
                .toList();
        InvitationResult result = commands.sendForResult(new InviteProviderUsers(providerId, invitees, request.type()));
        return commands.ok(commands.position(), new InviteResponse(result.invited(), result.skipped()));
    }

    @PostMapping("/{providerUserId}/reinvite")
    ResponseEntity<Void> reinvite(@PathVariable UUID providerId, @PathVariable UUID providerUserId, Actor actor) {
        access.require(actor, providerId, ProviderPermission.MANAGE_MEMBERS);
        return commands.done(commands.send(new ReinviteProviderUser(providerId, providerUserId)));
    }

    @PostMapping("/reinvite")
    ResponseEntity<List<BulkResult>> reinviteAll(
            @PathVariable UUID providerId, @Valid @RequestBody IdsRequest request, Actor actor) {
        access.require(actor, providerId, ProviderPermission.MANAGE_MEMBERS);
        return commands.bulk(request.ids(), id -> new ReinviteProviderUser(providerId, id));
    }

    /** Open to the invited user only: proven by the signed token and the email of their own access token. */
    @PostMapping("/{providerUserId}/accept")
    ResponseEntity<Void> accept(
            @PathVariable UUID providerId,
            @PathVariable UUID providerUserId,
            @Valid @RequestBody AcceptRequest request,
            Actor actor) {
        InvitationTokens.Invitation invitation = invitations
                .verify(Kind.PROVIDER, request.token(), providerId, providerUserId)
                .orElseThrow(InvitationErrors::invalid);
        String email = UserDirectory.normalize(actor.email());
        if (!invitation.email().equals(email)) {
            throw InvitationErrors.wrongUser();
        }
        return commands.done(commands.send(new AcceptProviderUser(providerId, providerUserId, actor.id(), email)));
    }

    @PostMapping("/{providerUserId}/confirm")
    ResponseEntity<Void> confirm(
            @PathVariable UUID providerId,
            @PathVariable UUID providerUserId,
            @Valid @RequestBody ConfirmRequest request,
            Actor actor) {
        access.require(actor, providerId, ProviderPermission.MANAGE_MEMBERS);
        return commands.done(commands.send(new ConfirmProviderUser(providerId, providerUserId, request.key())));
    }

    @PostMapping("/confirm")
    ResponseEntity<List<BulkResult>> confirmAll(
            @PathVariable UUID providerId, @Valid @RequestBody BulkConfirmRequest request, Actor actor) {
        access.require(actor, providerId, ProviderPermission.MANAGE_MEMBERS);
        return commands.bulk(
                request.keys(), MemberKey::id, key -> new ConfirmProviderUser(providerId, key.id(), key.key()));
    }

    /** the client organizations a Service User or technician reaches; effective on their next request. */
    @PutMapping("/{providerUserId}/scope")
    ResponseEntity<Void> setScope(
            @PathVariable UUID providerId,
            @PathVariable UUID providerUserId,
            @Valid @RequestBody ScopeRequest request,
            Actor actor) {
        access.require(actor, providerId, ProviderPermission.MANAGE_MEMBERS);
        List<UUID> organizationIds = request.allClients() ? List.of() : orNone(request.organizationIds());
        List<UUID> clientGroupIds = request.allClients() ? List.of() : orNone(request.clientGroupIds());
        if (!access.areClients(providerId, organizationIds)) {
            throw ProviderErrors.notClients();
        }
        return commands.done(commands.send(new SetProviderUserScope(
                providerId, providerUserId, request.allClients(), organizationIds, clientGroupIds)));
    }

    @PutMapping("/{providerUserId}")
    ResponseEntity<Void> changeType(
            @PathVariable UUID providerId,
            @PathVariable UUID providerUserId,
            @Valid @RequestBody TypeRequest request,
            Actor actor) {
        access.require(actor, providerId, ProviderPermission.MANAGE_MEMBERS);
        return commands.done(commands.send(new ChangeProviderUserType(providerId, providerUserId, request.type())));
    }

    @DeleteMapping("/{providerUserId}")
    ResponseEntity<Void> remove(@PathVariable UUID providerId, @PathVariable UUID providerUserId, Actor actor) {
        access.require(actor, providerId, ProviderPermission.MANAGE_MEMBERS);
        return commands.done(commands.send(new RemoveProviderUser(providerId, providerUserId, actor.id())));
    }

    @PostMapping("/remove")
    ResponseEntity<List<BulkResult>> removeAll(
            @PathVariable UUID providerId, @Valid @RequestBody IdsRequest request, Actor actor) {
        access.require(actor, providerId, ProviderPermission.MANAGE_MEMBERS);
        return commands.bulk(request.ids(), id -> new RemoveProviderUser(providerId, id, actor.id()));
    }

    private static List<UUID> orNone(List<UUID> ids) {
        return ids == null ? List.of() : ids;
    }
}
