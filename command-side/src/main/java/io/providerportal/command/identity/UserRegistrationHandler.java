package io.providerportal.command.identity;

import io.providerportal.command.identity.UserAccountCommands.RegisterUser;
import io.providerportal.platform.web.ConflictException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Registration touches two stores in one transaction: the credential row and the account's first event. The
 * email's uniqueness is a set rule, checked against the directory (and its unique index, for races).
 */
@Component
class UserRegistrationHandler {

    private final Repository<UserAccount> accounts;
    private final UserDirectory directory;
    private final Credentials credentials;

    UserRegistrationHandler(Repository<UserAccount> accounts, UserDirectory directory, Credentials credentials) {
        this.accounts = accounts;
        this.directory = directory;
        this.credentials = credentials;
    }

    @CommandHandler
    void handle(RegisterUser command) throws Exception {
        if (directory.findByEmail(command.email()).isPresent()) {
            throw new ConflictException("email-taken", "An account with this email already exists.");
        }
        credentials.store(command.userId(), command.credentialHash());
        accounts.newInstance(() -> new UserAccount(command));
    }
}
