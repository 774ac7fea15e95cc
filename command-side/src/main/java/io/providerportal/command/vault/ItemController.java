package io.providerportal.command.vault;

import io.providerportal.command.vault.VaultItemCommands.ChangeItemCollections;
import io.providerportal.command.vault.VaultItemCommands.CreateItem;
import io.providerportal.command.vault.VaultItemCommands.MoveItemToFolder;
import io.providerportal.command.vault.VaultItemCommands.PlaceItem;
import io.providerportal.command.vault.VaultItemCommands.Placement;
import io.providerportal.command.vault.VaultItemCommands.PurgeItem;
import io.providerportal.command.vault.VaultItemCommands.RestoreItem;
import io.providerportal.command.vault.VaultItemCommands.ShareItem;
import io.providerportal.command.vault.VaultItemCommands.TrashItem;
import io.providerportal.command.vault.VaultItemCommands.UpdateItem;
import io.providerportal.command.web.CommandSender;
import io.providerportal.command.web.CommandSender.BulkResult;
import io.providerportal.platform.Ids;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.web.InvalidRequestException;
import io.providerportal.platform.web.NotFound;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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

/**
 * Vault items (V-06..V-10): create, update with the last known revision, per-user folder and favourite,
 * collections, share into an organization, trash, restore and purge, with bulk trash, restore and move. Only
 * users create items; for anyone else (an ops client included) an item they cannot reach does not exist.
 */
@RestController
@RequestMapping("/items")
class ItemController {

    record PartialRequest(UUID folderId, boolean favorite) {}

    record CollectionsRequest(@NotNull @Size(max = 100) Set<@NotNull UUID> collectionIds) {}

    record BulkRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> ids) {}

    record MoveRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> ids, UUID folderId) {}

    private final CommandSender commands;
    private final Clock clock;

    ItemController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Map<String, UUID>> create(@Valid @RequestBody ItemRequest request, Actor actor) {
        UUID itemId = Ids.newId();
        long position = commands.send(new CreateItem(
                itemId,
                actor.requireUser(),
                request.organizationId(),
                request.type(),
                request.contents(),
                request.collections(),
                request.placement(),
                clock.instant()));
        return commands.created(URI.create("/items/" + itemId), position, Map.of("id", itemId));
    }

    @PutMapping("/{itemId}")
    ResponseEntity<Void> update(@PathVariable UUID itemId, @Valid @RequestBody ItemRequest request, Actor actor) {
        return commands.done(send(
                new UpdateItem(
                        itemId,
                        actor.id(),
                        request.type(),
                        request.contents(),
                        request.placement(),
                        request.requireLastKnownRevisionDate(),
                        clock.instant()),
                itemId));
    }

    /** Only the caller's own placement: no revision needed, nothing shared changes (V-07 partial). */
    @PutMapping("/{itemId}/partial")
    ResponseEntity<Void> place(@PathVariable UUID itemId, @RequestBody PartialRequest request, Actor actor) {
        return commands.done(
                send(new PlaceItem(itemId, actor.id(), new Placement(request.folderId(), request.favorite())), itemId));
    }

    @PutMapping("/{itemId}/collections")
    ResponseEntity<Void> collections(
            @PathVariable UUID itemId, @Valid @RequestBody CollectionsRequest request, Actor actor) {
        return commands.done(
                send(new ChangeItemCollections(itemId, actor.id(), request.collectionIds(), clock.instant()), itemId));
    }

    /** The body is the item re-encrypted under the organization key, with its organization and collections. */
    @PutMapping("/{itemId}/share")
    ResponseEntity<Void> share(@PathVariable UUID itemId, @Valid @RequestBody ItemRequest request, Actor actor) {
        if (request.organizationId() == null) {
            throw new InvalidRequestException(
                    "item.organization-required", "organizationId", "Name the organization to share the item with.");
        }
        return commands.done(send(
                new ShareItem(
                        itemId,
                        actor.id(),
                        request.organizationId(),
                        request.contents(),
                        request.collections(),
                        request.requireLastKnownRevisionDate(),
                        clock.instant()),
                itemId));
    }

    @PutMapping("/{itemId}/trash")
    ResponseEntity<Void> trash(@PathVariable UUID itemId, Actor actor) {
        return commands.done(send(new TrashItem(itemId, actor.id(), clock.instant()), itemId));
    }

    @PutMapping("/{itemId}/restore")
    ResponseEntity<Void> restore(@PathVariable UUID itemId, Actor actor) {
        return commands.done(send(new RestoreItem(itemId, actor.id(), clock.instant()), itemId));
    }

    @DeleteMapping("/{itemId}")
    ResponseEntity<Void> purge(@PathVariable UUID itemId, Actor actor) {
        return commands.done(send(new PurgeItem(itemId, actor.id()), itemId));
    }

    @PutMapping("/trash")
    ResponseEntity<List<BulkResult>> trashAll(@Valid @RequestBody BulkRequest request, Actor actor) {
        return commands.bulk(request.ids(), NotFound::item, id -> new TrashItem(id, actor.id(), clock.instant()));
    }

    @PutMapping("/restore")
    ResponseEntity<List<BulkResult>> restoreAll(@Valid @RequestBody BulkRequest request, Actor actor) {
        return commands.bulk(request.ids(), NotFound::item, id -> new RestoreItem(id, actor.id(), clock.instant()));
    }

    /** V-04: files the items in one of the caller's folders, or in none. */
    @PutMapping("/move")
    ResponseEntity<List<BulkResult>> move(@Valid @RequestBody MoveRequest request, Actor actor) {
        return commands.bulk(
                request.ids(), NotFound::item, id -> new MoveItemToFolder(id, actor.id(), request.folderId()));
    }

    private long send(Object command, UUID itemId) {
        return commands.send(command, NotFound::item);
    }
}
