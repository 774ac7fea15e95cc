package io.providerportal.command.organization;

import java.util.UUID;

/**
 * Who issues a member command, as the aggregate needs to know it: the user, and whether they act as a confirmed
 * member of the organization's provider (who count as Owners, C-07). Both come from the access token and the
 * command-side lookups, never from the request body.
 */
public record OrganizationActor(UUID userId, boolean providerMember) {}
