package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * Which client organizations a Service User or technician reaches: all of the provider's, or only those
 * listed and those in the listed client groups; outside them they see and administer nothing. Provider Admins always
 * reach every client.
 *
 * @param clientGroupIds since revision 2; revision 1 scopes had none
 */
@Revision("2")
public record ProviderUserScopeSet(
        UUID providerId, UUID providerUserId, boolean allClients, List<UUID> organizationIds, List<UUID> clientGroupIds)
        implements ProviderEvent {}
