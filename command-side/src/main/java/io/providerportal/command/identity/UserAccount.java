package io.providerportal.command.identity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.providerportal.events.identity.UserRegistered;
import java.util.UUID;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A user account. Its credentials live in the credentials table, never in its events. */
@Aggregate
class UserAccount {

    @AggregateIdentifier
    private UUID userId;

    UserAccount() {
    }

    UserAccount(RegisterUser command) {
        apply(new UserRegistered(command.userId(), command.email(), command.name(), command.kdf(),
                command.kdfIterations(), command.key(), command.publicKey(), command.encryptedPrivateKey()));
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = event.userId();
    }
}
