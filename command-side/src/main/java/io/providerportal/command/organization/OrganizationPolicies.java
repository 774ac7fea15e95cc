package io.providerportal.command.organization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.providerportal.command.organization.MemberCommands.Membership;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.events.organization.PolicyUpdated;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** The policies of one organization (O-17); an aggregate member that records a policy only when it changes. */
final class OrganizationPolicies {

    private record Setting(boolean enabled, String data) {}

    private final Map<PolicyType, Setting> policies = new EnumMap<>(PolicyType.class);

    @CommandHandler
    void handle(SetPolicy command) {
        Setting wanted = new Setting(command.enabled(), command.data());
        if (!Objects.equals(policies.get(command.type()), wanted)) {
            apply(new PolicyUpdated(command.organizationId(), command.type(), command.enabled(), command.data()));
        }
    }

    /**
     * SINGLE_ORG: a member under it belongs to no other organization. It {@link #binds} both the members of this
     * organization when someone joins it and those of the others they already belong to.
     */
    void requireSingleOrganization(OrganizationUserType joiningAs, List<Membership> elsewhere) {
        if (!elsewhere.isEmpty() && isOn(PolicyType.SINGLE_ORG) && binds(joiningAs)) {
            throw OrganizationErrors.singleOrganizationHere();
        }
        requireNotBoundElsewhere(elsewhere);
    }

    static void requireNotBoundElsewhere(List<Membership> elsewhere) {
        if (elsewhere.stream().anyMatch(m -> m.singleOrganization() && binds(m.type()))) {
            throw OrganizationErrors.singleOrganizationElsewhere();
        }
    }

    /** The policies the server enforces bind every member but Owners and Admins, as Bitwarden's do. */
    static boolean binds(OrganizationUserType type) {
        return type != OrganizationUserType.OWNER && type != OrganizationUserType.ADMIN;
    }

    private boolean isOn(PolicyType type) {
        Setting setting = policies.get(type);
        return setting != null && setting.enabled();
    }

    @EventSourcingHandler
    void on(PolicyUpdated event) {
        policies.put(event.type(), new Setting(event.enabled(), event.data()));
    }
}
