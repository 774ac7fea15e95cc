package io.providerportal.command.bitwarden;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.providerportal.command.vault.ItemRequest;
import io.providerportal.command.vault.StoredItem;
import io.providerportal.command.vault.VaultItemCommands.ChangeItemCollections;
import io.providerportal.command.vault.VaultItemCommands.Contents;
import io.providerportal.command.vault.VaultItemCommands.CreateItem;
import io.providerportal.command.vault.VaultItemCommands.PlaceItem;
import io.providerportal.command.vault.VaultItemCommands.Placement;
import io.providerportal.command.vault.VaultItemCommands.PurgeItem;
import io.providerportal.command.vault.VaultItemCommands.RestoreItem;
import io.providerportal.command.vault.VaultItemCommands.RevisionCheck;
import io.providerportal.command.vault.VaultItemCommands.ShareItem;
import io.providerportal.command.vault.VaultItemCommands.TrashItem;
import io.providerportal.command.vault.VaultItemCommands.UpdateItem;
import io.providerportal.command.web.CommandSender;
import io.providerportal.platform.Ids;
import io.providerportal.platform.security.Actor;
import io.providerportal.platform.web.InvalidRequestException;
import io.providerportal.platform.web.NotFound;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * Ciphers as Bitwarden's clients write them: create (personal, or into an organization's collections), edit,
 * trash, restore, purge, share into an organization, collections, folder and favourite. Each is the native item
 * command, decided by the same aggregate; each answers the cipher whole, as the clients store it.
 */
@RestController
@RequestMapping("/api/ciphers")
class CipherController {

    /** {@code bw create item} with collections, and {@code bw move}: the cipher and, beside it, its collections. */
    record CipherWithCollections(CipherRequest cipher, Set<UUID> collectionIds) {}

    record CollectionsRequest(Set<UUID> collectionIds) {}

    record PartialRequest(UUID folderId, boolean favorite) {}

    private final CommandSender commands;
    private final CipherAnswers answers;
    private final Validator validator;
    private final Clock clock;

    CipherController(CommandSender commands, CipherAnswers answers, Validator validator, Clock clock) {
        this.commands = commands;
        this.answers = answers;
        this.validator = validator;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<ObjectNode> create(@RequestBody CipherRequest cipher, Actor actor) {
        return create(cipher, cipher.collectionIds(), actor);
    }

    @PostMapping("/create")
    ResponseEntity<ObjectNode> createInCollections(@RequestBody CipherWithCollections request, Actor actor) {
        return create(required(request.cipher()), request.collectionIds(), actor);
    }

    @PutMapping("/{itemId}")
    ResponseEntity<ObjectNode> update(@PathVariable UUID itemId, @RequestBody CipherRequest cipher, Actor actor) {
        ItemRequest item = checked(cipher.toItem(null));
        return answer(
                itemId,
                new UpdateItem(
                        itemId,
                        actor.id(),
                        item.type(),
                        item.contents(),
                        item.placement(),
                        cipher.lastKnownRevisionDate(),
                        clock.instant(),
                        RevisionCheck.WITHIN_A_SECOND));
    }

    @PutMapping("/{itemId}/partial")
    ResponseEntity<ObjectNode> place(@PathVariable UUID itemId, @RequestBody PartialRequest request, Actor actor) {
        return answer(itemId, new PlaceItem(itemId, actor.id(), new Placement(request.folderId(), request.favorite())));
    }

    @PutMapping("/{itemId}/share")
    ResponseEntity<ObjectNode> share(
            @PathVariable UUID itemId, @RequestBody CipherWithCollections request, Actor actor) {
        CipherRequest cipher = required(request.cipher());
        ItemRequest item = checked(cipher.toItem(request.collectionIds()));
        return answer(
                itemId,
                new ShareItem(
                        itemId,
                        actor.id(),
                        item.organizationId(),
                        item.contents(),
                        item.collections(),
                        cipher.lastKnownRevisionDate(),
                        clock.instant(),
                        RevisionCheck.WITHIN_A_SECOND));
    }

    /** {@code bw edit item-collections}: the answer wraps the cipher, as Bitwarden's {@code collections_v2} does. */
    @PutMapping("/{itemId}/collections_v2")
    ResponseEntity<ObjectNode> collections(
            @PathVariable UUID itemId, @RequestBody CollectionsRequest request, Actor actor) {
        ResponseEntity<ObjectNode> answer = answer(
                itemId,
                new ChangeItemCollections(
                        itemId,
                        actor.id(),
                        request.collectionIds() == null ? Set.of() : request.collectionIds(),
                        clock.instant()));
        ObjectNode wrapped = answer.getBody().objectNode();
        wrapped.put("unavailable", false);
        wrapped.set("cipher", answer.getBody());
        wrapped.put("object", "optionalCipherDetails");
        return ResponseEntity.ok().headers(answer.getHeaders()).body(wrapped);
    }

    @PutMapping("/{itemId}/delete")
    ResponseEntity<Void> trash(@PathVariable UUID itemId, Actor actor) {
        return ok(commands.send(new TrashItem(itemId, actor.id(), clock.instant()), NotFound::item));
    }

    @PutMapping("/{itemId}/restore")
    ResponseEntity<ObjectNode> restore(@PathVariable UUID itemId, Actor actor) {
        return answer(itemId, new RestoreItem(itemId, actor.id(), clock.instant()));
    }

    @DeleteMapping("/{itemId}")
    ResponseEntity<Void> purge(@PathVariable UUID itemId, Actor actor) {
        return ok(commands.send(new PurgeItem(itemId, actor.id()), NotFound::item));
    }

    /** The item as the command left it, with the position of the write for reads that must show it. */
    private ResponseEntity<ObjectNode> answer(UUID itemId, Object command) {
        StoredItem item = commands.sendForResult(command, NotFound::item);
        return commands.ok(commands.position(), answers.of(item));
    }

    private ResponseEntity<Void> ok(long position) {
        return commands.ok(position, null);
    }

    /** A new item's dates are the request's instant, to the millisecond, as the aggregate records them. */
    private ResponseEntity<ObjectNode> create(CipherRequest cipher, Set<UUID> collectionIds, Actor actor) {
        ItemRequest item = checked(cipher.toItem(collectionIds));
        UUID itemId = Ids.newId();
        Instant now = clock.instant();
        Contents contents = item.contents();
        long position = commands.send(new CreateItem(
                itemId,
                actor.requireUser(),
                item.organizationId(),
                item.type(),
                contents,
                item.collections(),
                item.placement(),
                now));
        Instant created = now.truncatedTo(ChronoUnit.MILLIS);
        StoredItem stored = new StoredItem(
                itemId,
                item.organizationId(),
                item.type(),
                contents.data(),
                contents.key(),
                contents.reprompt(),
                item.collections().stream().sorted().toList(),
                item.folderId(),
                item.favorite(),
                created,
                created,
                null);
        return commands.ok(position, answers.of(stored));
    }

    private ItemRequest checked(ItemRequest item) {
        Set<ConstraintViolation<ItemRequest>> violations = validator.validate(item);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return item;
    }

    private static CipherRequest required(CipherRequest cipher) {
        if (cipher == null) {
            throw new InvalidRequestException("item.cipher-required", "cipher", "must not be null");
        }
        return cipher;
    }
}
