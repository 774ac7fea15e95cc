package io.providerportal.command.provider;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.providerportal.command.provider.ProviderCommands.CreateProvider;
import io.providerportal.command.provider.ProviderCommands.DisableProvider;
import io.providerportal.command.provider.ProviderCommands.EnableProvider;
import io.providerportal.command.provider.ProviderCommands.UpdateProviderProfile;
import io.providerportal.events.provider.ProviderCreated;
import io.providerportal.events.provider.ProviderDisabled;
import io.providerportal.events.provider.ProviderEnabled;
import io.providerportal.events.provider.ProviderProfileUpdated;
import io.providerportal.events.provider.ProviderType;
import io.providerportal.events.provider.ProviderUserAdded;
import io.providerportal.events.provider.ProviderUserType;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A provider: its profile, its status and (from the members feature on) its members. */
@Aggregate
class Provider {

    @AggregateIdentifier
    private UUID providerId;
    private String name;
    private String businessName;
    private String billingEmail;
    private boolean enabled;

    Provider() {
    }

    @CommandHandler
    Provider(CreateProvider command) {
        if (command.type() == ProviderType.MSP && command.owner() == null) {
            throw ProviderErrors.ownerRequired();
        }
        apply(new ProviderCreated(command.providerId(), command.name(), command.businessName(), command.type(),
                command.billingEmail()));
        if (command.owner() != null) {
            apply(new ProviderUserAdded(command.providerId(), command.owner().providerUserId(),
                    command.owner().userId(), command.owner().email(), ProviderUserType.PROVIDER_ADMIN));
        }
    }

    @CommandHandler
    void handle(UpdateProviderProfile command) {
        boolean unchanged = Objects.equals(name, command.name())
                && Objects.equals(businessName, command.businessName())
                && Objects.equals(billingEmail, command.billingEmail());
        if (!unchanged) {
            apply(new ProviderProfileUpdated(providerId, command.name(), command.businessName(),
                    command.billingEmail()));
        }
    }

    @CommandHandler
    void handle(DisableProvider command) {
        if (enabled) {
            apply(new ProviderDisabled(providerId));
        }
    }

    @CommandHandler
    void handle(EnableProvider command) {
        if (!enabled) {
            apply(new ProviderEnabled(providerId));
        }
    }

    @EventSourcingHandler
    void on(ProviderCreated event) {
        providerId = event.providerId();
        name = event.name();
        businessName = event.businessName();
        billingEmail = event.billingEmail();
        enabled = true;
    }

    @EventSourcingHandler
    void on(ProviderProfileUpdated event) {
        name = event.name();
        businessName = event.businessName();
        billingEmail = event.billingEmail();
    }

    @EventSourcingHandler
    void on(ProviderDisabled event) {
        enabled = false;
    }

    @EventSourcingHandler
    void on(ProviderEnabled event) {
        enabled = true;
    }
}
