package io.providerportal.command.provider;

import io.providerportal.events.provider.ProviderUserType;
import java.util.UUID;

/** A provider member as the {@link Provider} aggregate keeps it. */
record ProviderMember(String email, UUID userId, ProviderUserType type, Status status) {

    enum Status {
        INVITED,
        ACCEPTED,
        CONFIRMED
    }

    boolean isConfirmedAdmin() {
        return status == Status.CONFIRMED && type == ProviderUserType.PROVIDER_ADMIN;
    }

    ProviderMember accepted(UUID acceptedBy) {
        return new ProviderMember(email, acceptedBy, type, Status.ACCEPTED);
    }

    ProviderMember confirmed() {
        return new ProviderMember(email, userId, type, Status.CONFIRMED);
    }

    ProviderMember withType(ProviderUserType newType) {
        return new ProviderMember(email, userId, newType, status);
    }
}
