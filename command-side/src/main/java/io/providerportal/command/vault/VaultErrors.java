package io.providerportal.command.vault;

import io.providerportal.platform.web.ConflictException;
import io.providerportal.platform.web.ForbiddenException;
import io.providerportal.platform.web.InvalidRequestException;
import io.providerportal.platform.web.NotFoundException;
import io.providerportal.platform.web.RuleViolationException;

/** The vault's rejections, each with its stable code. */
public final class VaultErrors {

    private VaultErrors() {}

    public static NotFoundException folderNotFound() {
        return new NotFoundException("folder.not-found", "No such folder.");
    }

    static ForbiddenException editRequired() {
        return new ForbiddenException("item.edit-required", "Your access to this item is read-only.");
    }

    static ForbiddenException collectionNotWritable() {
        return new ForbiddenException(
                "item.collection-not-writable", "You may not put items into this collection or take them out of it.");
    }

    static ForbiddenException keyChangeNeedsPasswordView() {
        return new ForbiddenException(
                "item.key-change-not-allowed",
                "The item's key can only be changed by someone who may see its passwords.");
    }

    static InvalidRequestException collectionRequired() {
        return new InvalidRequestException(
                "item.collection-required",
                "collectionIds",
                "An organization item must be in at least one collection you may edit.");
    }

    static ConflictException outOfDate() {
        return new ConflictException(
                "item.out-of-date",
                "The item was changed since you last read it: read it again, then repeat your change.");
    }

    static RuleViolationException personalItemsRemoved() {
        return new RuleViolationException(
                "policy.organization-data-ownership",
                "An organization of yours keeps items out of personal vaults: save the item in one of its collections.");
    }

    static RuleViolationException typeChanged() {
        return new RuleViolationException("item.type-immutable", "type", "An item's type never changes.");
    }

    static RuleViolationException inTrash() {
        return new RuleViolationException("item.in-trash", "The item is in the trash: restore it first.");
    }

    static RuleViolationException notInTrash() {
        return new RuleViolationException("item.not-in-trash", "The item is not in the trash.");
    }

    static RuleViolationException alreadyInOrganization() {
        return new RuleViolationException(
                "item.already-in-organization", "The item already belongs to an organization; sharing is one-way.");
    }
}
