package io.providerportal.command.organization;

import io.providerportal.platform.web.ForbiddenException;
import io.providerportal.platform.web.NotFoundException;
import io.providerportal.platform.web.RuleViolationException;

/** The rejections of the organization feature, each with its stable code. */
final class OrganizationErrors {

    private OrganizationErrors() {}

    static RuleViolationException seatsOutOfRange(int max) {
        return new RuleViolationException("organization.seats-out-of-range", "seats", "must be between 1 and " + max);
    }

    static RuleViolationException seatLimit(boolean providerManaged) {
        return new RuleViolationException(
                "organization.seat-limit",
                providerManaged
                        ? "Seat limit has been reached. Please contact your provider to add more seats."
                        : "Seat limit has been reached. Add seats to the organization first.");
    }

    static NotFoundException memberNotFound() {
        return new NotFoundException("organization-user.not-found", "No such organization member.");
    }

    static RuleViolationException notInvited() {
        return new RuleViolationException("organization-user.not-invited", "The member has no pending invitation.");
    }

    static RuleViolationException notAccepted() {
        return new RuleViolationException(
                "organization-user.not-accepted", "Only a member who accepted the invitation can be confirmed.");
    }

    static RuleViolationException notRevoked() {
        return new RuleViolationException("organization-user.not-revoked", "The member is not revoked.");
    }

    static RuleViolationException alreadyRevoked() {
        return new RuleViolationException("organization-user.already-revoked", "The member is already revoked.");
    }

    static RuleViolationException notYourself() {
        return new RuleViolationException("organization-user.not-yourself", "You cannot revoke or remove yourself.");
    }

    static RuleViolationException singleOrganizationHere() {
        return new RuleViolationException(
                "policy.single-organization",
                "This organization's single organization policy admits no one who belongs to another organization:"
                        + " the user must leave the others first.");
    }

    static RuleViolationException singleOrganizationElsewhere() {
        return new RuleViolationException(
                "policy.single-organization-elsewhere",
                "The user belongs to an organization whose single organization policy forbids joining another.");
    }

    static RuleViolationException lastOwner() {
        return new RuleViolationException(
                "organization.last-owner", "An organization must keep at least one confirmed Owner.");
    }

    static ForbiddenException notAMember() {
        return new ForbiddenException("organization.member-required", "Only confirmed members may do this.");
    }

    static RuleViolationException alreadyClient() {
        return new RuleViolationException(
                "organization.already-client", "The organization already belongs to a provider.");
    }

    static NotFoundException notAClient() {
        return new NotFoundException("organization.not-a-client", "The organization is not a client of this provider.");
    }

    static RuleViolationException seatsBelowOccupied(long occupied) {
        return new RuleViolationException(
                "organization.seats-below-occupied",
                "seats",
                "must be at least the " + occupied + " seats already taken");
    }

    static RuleViolationException ownerRequiredToUnlink() {
        return new RuleViolationException(
                "organization.owner-required-to-unlink",
                "The organization needs a confirmed Owner of its own before it can leave its provider.");
    }
}
