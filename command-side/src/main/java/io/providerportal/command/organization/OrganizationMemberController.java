package io.providerportal.command.organization;

import io.providerportal.command.identity.UserDirectory;
import io.providerportal.command.invitation.InvitationErrors;
import io.providerportal.command.invitation.InvitationTokens;
import io.providerportal.command.invitation.InvitationTokens.Kind;
import io.providerportal.command.organization.OrganizationCommands.AcceptOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.CollectionAccess;
import io.providerportal.command.organization.OrganizationCommands.ConfirmOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.InvitationResult;
import io.providerportal.command.organization.OrganizationCommands.InviteOrganizationUsers;
import io.providerportal.command.organization.OrganizationCommands.Invitee;
import io.providerportal.command.organization.OrganizationCommands.ReinviteOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.RemoveOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.RestoreOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.RevokeOrganizationUser;
import io.providerportal.command.organization.OrganizationCommands.UpdateOrganizationUser;
import io.providerportal.command.web.CommandSender;
import io.providerportal.command.web.CommandSender.BulkResult;
import io.providerportal.events.organization.CustomPermission;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.platform.Ids;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.OrganizationPermission;
import io.providerportal.platform.validation.EncString;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Organization members (O-07..O-12): invite, reinvite, accept, confirm, update, revoke, restore, remove. */
@RestController
@RequestMapping("/organizations/{organizationId}/users")
class OrganizationMemberController {

    record Access(@NotNull UUID id, boolean readOnly, boolean hidePasswords, boolean manage) {
        CollectionAccess toCommand() {
            return new CollectionAccess(id, readOnly, hidePasswords, manage);
        }
    }

    record InviteRequest(
            @NotEmpty @Size(max = 20) List<@NotBlank @Email @Size(max = 256) String> emails,
            @NotNull OrganizationUserType type,
            @Size(max = 20) Set<@NotNull CustomPermission> permissions,
            @Size(max = 500) List<@Valid Access> collections,
            @Size(max = 100) Set<@NotNull UUID> groups) {}

    record InviteResponse(List<Invitee> invited, List<String> skipped) {}

    record UpdateRequest(
            @NotNull OrganizationUserType type,
            @Size(max = 20) Set<@NotNull CustomPermission> permissions,
            @Size(max = 500) List<@Valid Access> collections,
            @Size(max = 100) Set<@NotNull UUID> groups) {}

    record AcceptRequest(@NotBlank @Size(max = 4000) String token) {}

    /** The organization key wrapped with the member's public key. */
    record ConfirmRequest(
            @NotBlank @EncString(EncString.Type.ASYMMETRIC) @Size(max = 2000)
            String key) {}

    record MemberKey(
            @NotNull UUID id,

            @NotBlank @EncString(EncString.Type.ASYMMETRIC) @Size(max = 2000)
            String key) {}

    record BulkRequest(@NotEmpty @Size(max = 100) List<@NotNull UUID> ids) {}

    record BulkConfirmRequest(@NotEmpty @Size(max = 100) List<@Valid MemberKey> keys) {}

    private final CommandSender commands;
    private final OrganizationAccess access;
    private final InvitationTokens invitations;
    private final OtherMemberships elsewhere;

    OrganizationMemberController(
            CommandSender commands,
            OrganizationAccess access,
            InvitationTokens invitations,
            OtherMemberships elsewhere) {
        this.commands = commands;
        this.access = access;
        this.invitations = invitations;
        this.elsewhere = elsewhere;
    }

    @PostMapping("/invite")
    ResponseEntity<InviteResponse> invite(
            @PathVariable UUID organizationId, @Valid @RequestBody InviteRequest request, Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.MANAGE_USERS);
        List<Invitee> invitees = request.emails().stream()
                .map(email -> new Invitee(Ids.newId(), UserDirectory.normalize(email)))
                .toList();
        InvitationResult result = commands.sendForResult(new InviteOrganizationUsers(
                organizationId,
                invitees,
                request.type(),
                orEmpty(request.permissions()),
                collections(request.collections()),
                orEmpty(request.groups()),
                acting));
        return commands.ok(commands.position(), new InviteResponse(result.invited(), result.skipped()));
    }

    @PostMapping("/{memberId}/reinvite")
    ResponseEntity<Void> reinvite(@PathVariable UUID organizationId, @PathVariable UUID memberId, Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.MANAGE_USERS);
        return commands.done(commands.send(new ReinviteOrganizationUser(organizationId, memberId, acting)));
    }

    /** Open to the invited user only: proven by the signed token and the email of their own access token. */
    @PostMapping("/{memberId}/accept")
    ResponseEntity<Void> accept(
            @PathVariable UUID organizationId,
            @PathVariable UUID memberId,
            @Valid @RequestBody AcceptRequest request,
            Actor actor) {
        InvitationTokens.Invitation invitation = invitations
                .verify(Kind.ORGANIZATION, request.token(), organizationId, memberId)
                .orElseThrow(InvitationErrors::invalid);
        String email = UserDirectory.normalize(actor.email());
        if (!invitation.email().equals(email)) {
            throw InvitationErrors.wrongUser();
        }
        return commands.done(commands.send(new AcceptOrganizationUser(
                organizationId, memberId, actor.id(), email, elsewhere.ofUser(actor.id(), organizationId))));
    }

    @PostMapping("/{memberId}/confirm")
    ResponseEntity<Void> confirm(
            @PathVariable UUID organizationId,
            @PathVariable UUID memberId,
            @Valid @RequestBody ConfirmRequest request,
            Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.MANAGE_USERS);
        return commands.done(commands.send(new ConfirmOrganizationUser(
                organizationId, memberId, request.key(), elsewhere.ofMember(organizationId, memberId), acting)));
    }

    @PostMapping("/confirm")
    ResponseEntity<List<BulkResult>> confirmAll(
            @PathVariable UUID organizationId, @Valid @RequestBody BulkConfirmRequest request, Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.MANAGE_USERS);
        return commands.bulk(
                request.keys(),
                MemberKey::id,
                key -> new ConfirmOrganizationUser(
                        organizationId, key.id(), key.key(), elsewhere.ofMember(organizationId, key.id()), acting));
    }

    @PutMapping("/{memberId}")
    ResponseEntity<Void> update(
            @PathVariable UUID organizationId,
            @PathVariable UUID memberId,
            @Valid @RequestBody UpdateRequest request,
            Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.MANAGE_USERS);
        return commands.done(commands.send(new UpdateOrganizationUser(
                organizationId,
                memberId,
                request.type(),
                orEmpty(request.permissions()),
                collections(request.collections()),
                orEmpty(request.groups()),
                acting)));
    }

    @PutMapping("/{memberId}/revoke")
    ResponseEntity<Void> revoke(@PathVariable UUID organizationId, @PathVariable UUID memberId, Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.MANAGE_USERS);
        return commands.done(commands.send(new RevokeOrganizationUser(organizationId, memberId, acting)));
    }

    @PutMapping("/{memberId}/restore")
    ResponseEntity<Void> restore(@PathVariable UUID organizationId, @PathVariable UUID memberId, Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.MANAGE_USERS);
        return commands.done(commands.send(new RestoreOrganizationUser(
                organizationId, memberId, elsewhere.ofMember(organizationId, memberId), acting)));
    }

    @PutMapping("/revoke")
    ResponseEntity<List<BulkResult>> revokeAll(
            @PathVariable UUID organizationId, @Valid @RequestBody BulkRequest request, Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.MANAGE_USERS);
        return commands.bulk(request.ids(), id -> new RevokeOrganizationUser(organizationId, id, acting));
    }

    @PutMapping("/restore")
    ResponseEntity<List<BulkResult>> restoreAll(
            @PathVariable UUID organizationId, @Valid @RequestBody BulkRequest request, Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.MANAGE_USERS);
        return commands.bulk(
                request.ids(),
                id -> new RestoreOrganizationUser(organizationId, id, elsewhere.ofMember(organizationId, id), acting));
    }

    @DeleteMapping
    ResponseEntity<List<BulkResult>> removeAll(
            @PathVariable UUID organizationId, @Valid @RequestBody BulkRequest request, Actor actor) {
        return removeEach(organizationId, request, actor);
    }

    /** The same as {@code DELETE …/users}, for clients that send no body with a DELETE. */
    @PostMapping("/remove")
    ResponseEntity<List<BulkResult>> removeEach(
            @PathVariable UUID organizationId, @Valid @RequestBody BulkRequest request, Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.MANAGE_USERS);
        return commands.bulk(request.ids(), id -> new RemoveOrganizationUser(organizationId, id, acting));
    }

    @DeleteMapping("/{memberId}")
    ResponseEntity<Void> remove(@PathVariable UUID organizationId, @PathVariable UUID memberId, Actor actor) {
        OrganizationActor acting = access.require(actor, organizationId, OrganizationPermission.MANAGE_USERS);
        return commands.done(commands.send(new RemoveOrganizationUser(organizationId, memberId, acting)));
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }

    private static List<CollectionAccess> collections(List<Access> access) {
        return access == null
                ? List.of()
                : access.stream().map(Access::toCommand).toList();
    }
}
