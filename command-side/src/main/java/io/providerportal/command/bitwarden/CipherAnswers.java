package io.providerportal.command.bitwarden;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.providerportal.command.vault.StoredItem;
import io.providerportal.platform.bitwarden.Cipher;
import org.springframework.stereotype.Component;

/** The cipher a write answers with, in the sync's shape, from the item as the write left it. */
@Component
class CipherAnswers {

    private final ObjectMapper json;

    CipherAnswers(ObjectMapper json) {
        this.json = json;
    }

    /** The writer could write it, so they may edit it and see its password. */
    ObjectNode of(StoredItem item) {
        return new Cipher(
                        item.id(),
                        item.organizationId(),
                        item.folderId(),
                        item.type().name(),
                        item.favorite(),
                        item.reprompt(),
                        item.key(),
                        true,
                        true,
                        true,
                        item.collectionIds(),
                        item.creationDate(),
                        item.revisionDate(),
                        item.deletedDate(),
                        item.data())
                .toJson(json, "cipher");
    }
}
