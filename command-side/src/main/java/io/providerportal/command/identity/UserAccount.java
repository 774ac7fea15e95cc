package io.providerportal.command.identity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.providerportal.command.identity.UserAccountCommands.GrantAuditorRole;
import io.providerportal.command.identity.UserAccountCommands.RegisterUser;
import io.providerportal.command.identity.UserAccountCommands.RevokeAuditorRole;
import io.providerportal.events.identity.AuditorRoleGranted;
import io.providerportal.events.identity.AuditorRoleRevoked;
import io.providerportal.events.identity.UserRegistered;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A user account and the system roles an operator granted it. Its credentials live in the credentials table,
 * never in its events.
 */
@Aggregate(cache = "aggregateCache")
class UserAccount {

    @AggregateIdentifier
    private UUID userId;

    private boolean auditor;

    UserAccount() {}

    UserAccount(RegisterUser command) {
        apply(new UserRegistered(
                command.userId(),
                command.email(),
                command.name(),
                command.kdf(),
                command.kdfIterations(),
                command.key(),
                command.publicKey(),
                command.encryptedPrivateKey()));
    }

    @CommandHandler
    void handle(GrantAuditorRole command) {
        if (!auditor) {
            apply(new AuditorRoleGranted(userId));
        }
    }

    @CommandHandler
    void handle(RevokeAuditorRole command) {
        if (auditor) {
            apply(new AuditorRoleRevoked(userId));
        }
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = event.userId();
    }

    @EventSourcingHandler
    void on(AuditorRoleGranted event) {
        auditor = true;
    }

    @EventSourcingHandler
    void on(AuditorRoleRevoked event) {
        auditor = false;
    }
}
