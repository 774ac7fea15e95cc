package io.providerportal.command.identity;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An operator grants or takes away the auditor role of a user account. */
final class AuditorRoleCommands {

    private AuditorRoleCommands() {}

    record GrantAuditorRole(@TargetAggregateIdentifier UUID userId) {}

    record RevokeAuditorRole(@TargetAggregateIdentifier UUID userId) {}
}
